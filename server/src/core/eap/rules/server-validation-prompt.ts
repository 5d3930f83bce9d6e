// DisableUserPromptForServerValidation=false lets users accept an unknown server or CA themselves; Microsoft
// recommends `true`. With `true`, a server that ServerNames/TrustedRootCA do not describe fails the connection, so
// `true` is only offered once both are set and well-formed (issue 9).
import { SOURCES } from '../../sources';
import { readBoolean } from '../../xml/query';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { METHODS, serverValidationGaps, outerServerValidation } from '../methods';
import { replaceValue, valueRange } from '../../xml/edits';

export const serverValidationPromptRule: EapRule = {
  id: 'eap/server-validation-prompt',
  defaultSeverity: 'warning',
  title: 'Users may authorise unknown NPS servers or root CAs themselves (`DisableUserPromptForServerValidation` is false)',
  docUrl: SOURCES.networkAccess.url,
  // A security setting that can stop connections: a person decides, and only once ServerNames/TrustedRootCA are right.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'With `DisableUserPromptForServerValidation` set to `false`, a client that meets an NPS server it cannot validate (a name not in `ServerNames`, a root CA not in `TrustedRootCA`, or a root not installed) asks the user whether to trust it. ' +
      'Someone posing as the NPS server then only needs the user to accept, which is why Microsoft recommends not prompting ("Don\'t prompt user to authorize new servers or trusted certification authorities"). ' +
      'With `true`, the same mismatch makes the connection fail instead, so `ServerNames` and `TrustedRootCA` must be right first: the fix is offered only when both are present and well-formed, and always as a suggestion.',
    wrong: eapDocument(tlsEapType({ disablePrompt: 'false' })),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    // The outer method only: an inner method runs inside the tunnel the outer PEAP validated.
    const settings = outerServerValidation(eap);
    const element = settings?.disablePrompt;
    // With validation off there is nothing to prompt about: eap/server-validation-disabled reports that.
    if (!settings || !element || readBoolean(element) !== false || !settings.validationOn) return;
    const gaps = serverValidationGaps(settings, eap.specs);
    const advice = gaps.length
      ? `Set ${gaps.join(' and ')} first: with the prompt disabled, a server they do not describe makes the connection fail. Then set it to \`true\`, as Microsoft recommends.`
      : 'Set it to `true`, as Microsoft recommends ("Don\'t prompt user to authorize new servers or trusted certification authorities"), and check that `ServerNames` and `TrustedRootCA` describe every NPS server in use: a server they do not describe then fails the connection.';
    report({
      range: valueRange(element),
      message:
        `${METHODS[settings.method].label} lets the user accept an NPS server it cannot validate: with \`false\`, a server whose certificate does not match \`ServerNames\`/\`TrustedRootCA\` brings up a prompt (practitioners report it as "Continue connecting? We don't have enough info to validate the server") instead of failing, and someone impersonating the NPS server only needs that click. ` +
        advice,
      fixes: gaps.length ? [] : [{ title: 'Set DisableUserPromptForServerValidation to true', edits: [replaceValue(element, 'true')], kind: 'suggestion' }],
    });
  },
};
