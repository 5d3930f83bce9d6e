// PerformServerValidation=false: the client does not check the NPS server certificate at all. Turning validation on
// makes connections depend on ServerNames/TrustedRootCA, so `true` is only offered once both are right (issue 9).
import { SOURCES } from '../../sources';
import type { Fix, TextEdit } from '../../types';
import { readBoolean } from '../../xml/query';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { METHODS, serverValidationGaps, outerServerValidation } from '../methods';
import { replaceValue, valueRange } from '../../xml/edits';

const OFF = ['false', '0'];

export const serverValidationDisabledRule: EapRule = {
  id: 'eap/server-validation-disabled',
  defaultSeverity: 'warning',
  title: 'The client does not validate the NPS server certificate (`PerformServerValidation` is false)',
  docUrl: SOURCES.networkAccess.url,
  // Turning validation on changes whom the client trusts and can stop connections: a person decides.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      '`PerformServerValidation` is the "Verify the server\'s identity by validating the certificate" checkbox. With `false`, the client does not check the NPS server certificate at all, so it cannot tell your NPS server from an impostor; ' +
      'Microsoft warns that users are then exposed to severe security risks, including connecting to a rogue network without knowing it. ' +
      'Turning validation on makes every connection depend on `ServerNames` and `TrustedRootCA`, so the fix is offered only when both are present and well-formed, and as a suggestion.',
    wrong: eapDocument(tlsEapType({ performServerValidation: 'false' })),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    // The outer method only: an inner method runs inside the tunnel the outer PEAP validated.
    const settings = outerServerValidation(eap);
    if (!settings) return;
    const gaps = serverValidationGaps(settings, eap.specs);
    const message =
      `${METHODS[settings.method].label} does not verify the NPS server's identity ("Verify the server's identity by validating the certificate" is off), so it cannot tell your NPS server from an impostor; Microsoft warns that this exposes users to severe security risks. ` +
      (gaps.length
        ? `Set ${gaps.join(' and ')} first, then set it to \`true\`: with validation on, a server they do not describe is refused or prompted for.`
        : 'Set it to `true`; `ServerNames` and `TrustedRootCA` are set, so check that they describe every NPS server in use.');
    const fix = (edit: TextEdit): Fix[] => (gaps.length ? [] : [{ title: 'Set PerformServerValidation to true', edits: [edit], kind: 'suggestion' }]);
    const element = settings.performServerValidation;
    if (element && readBoolean(element) === false) {
      report({ range: valueRange(element), message, fixes: fix(replaceValue(element, 'true')) });
    }
    // PEAP also accepts the switch as an attribute of ServerValidation.
    const attribute = settings.method === 'peap' ? settings.serverValidation?.attribute('PerformServerValidation') : undefined;
    const range = attribute?.valueRange;
    if (attribute?.value !== undefined && range && OFF.includes(attribute.value.trim().toLowerCase())) {
      report({ range, message, fixes: fix({ range, newText: 'true' }) });
    }
  },
};
