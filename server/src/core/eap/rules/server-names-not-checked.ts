// ServerNames lists the NPS servers but AcceptServerName is false: Microsoft documents AcceptServerName as whether the
// server name is validated against ServerNames, so the names are never compared and any server certificate from a
// trusted root passes. Switching the check on can stop connections whose names are wrong: a suggestion, offered only
// once ServerNames and TrustedRootCA are present and well-formed (issue 9).
import { SOURCES } from '../../sources';
import { readBoolean } from '../../xml/query';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { METHODS, outerServerValidation, serverValidationGaps } from '../methods';
import { replaceValue, valueRange } from '../../xml/edits';

export const serverNamesNotCheckedRule: EapRule = {
  id: 'eap/server-names-not-checked',
  defaultSeverity: 'warning',
  title: '`ServerNames` lists the NPS servers but `AcceptServerName` is false, so the names are never checked',
  docUrl: SOURCES.eapAcceptServerName.url,
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      '`AcceptServerName` decides whether the NPS server name is validated against `ServerNames` ("Connect to these servers"). With `false`, the names listed are kept but never compared: ' +
      'the client accepts any server certificate that chains to a trusted root in `TrustedRootCA`, which is usually not what listing the servers meant. ' +
      'Setting it to `true` makes connections to a server whose name is not listed fail (or prompt), so the fix is a suggestion, offered only when `ServerNames` and `TrustedRootCA` are present and well-formed.',
    wrong: eapDocument(tlsEapType({ acceptServerName: 'false' })),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    // The outer method only: an inner method runs inside the tunnel the outer PEAP validated.
    const settings = outerServerValidation(eap);
    const accept = settings?.acceptServerName;
    if (!settings || !accept || readBoolean(accept) !== false || !settings.validationOn) return;
    const names = settings.serverNames;
    if (!names?.text.trimmed) return; // eap/no-server-names
    const gaps = serverValidationGaps(settings, eap.specs);
    report({
      range: valueRange(accept),
      message:
        `${METHODS[settings.method].label} lists NPS servers in \`ServerNames\`, but \`AcceptServerName\` is \`false\`, so the server name is never validated against them: any server certificate that chains to an accepted root CA is taken for your NPS server. ` +
        (gaps.length
          ? `Set ${gaps.join(' and ')} first, then set \`AcceptServerName\` to \`true\`: with the check on, a server whose name is not listed is refused or prompted for.`
          : 'Set it to `true` once the list names every NPS server in use, exactly as in their certificates: a server whose name is not listed is then refused or prompted for.'),
      related: [{ range: names.nameRange, message: 'the server names that are not checked' }],
      fixes: gaps.length ? [] : [{ title: 'Set AcceptServerName to true', edits: [replaceValue(accept, 'true')], kind: 'suggestion' }],
    });
  },
};
