// AcceptServerName=true asks for the server name check, but ServerNames gives nothing to compare with. Microsoft
// documents that with name checking on, Windows 11 accepts the server only when its name matches the profile
// (EAP, what's changed in Windows 11); what an empty list then means is not documented.
import { SOURCES } from '../../sources';
import { readBoolean } from '../../xml/query';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { METHODS, outerServerValidation } from '../methods';
import { valueRange } from '../../xml/edits';

export const acceptServerNameWithoutNamesRule: EapRule = {
  id: 'eap/accept-server-name-without-names',
  defaultSeverity: 'warning',
  title: 'Server name checking is on (`AcceptServerName` true) but `ServerNames` is empty',
  docUrl: SOURCES.windows11Eap.url,
  fixKinds: [],
  docs: {
    rationale:
      '`AcceptServerName` switches on the check of the NPS server name against `ServerNames` ("Connect to these servers"). ' +
      'Microsoft documents that with name checking on, Windows 11 trusts the server only when its name matches what the profile specifies; it does not say what happens when the list is empty. ' +
      'Either no server can match (connections fail or prompt) or the check is skipped, and neither is what switching it on intended. List the NPS server names; only you know them, so there is no fix.',
    wrong: eapDocument(tlsEapType({ serverNames: '' })),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    // The outer method only: an inner method runs inside the tunnel the outer PEAP validated.
    const settings = outerServerValidation(eap);
    const accept = settings?.acceptServerName;
    if (!settings || !accept || readBoolean(accept) !== true || !settings.validationOn) return;
    if (settings.serverNames?.text.trimmed) return;
    report({
      range: valueRange(accept),
      message:
        `${METHODS[settings.method].label} is told to check the NPS server name against \`ServerNames\`, but no name is listed. With name checking on, Windows 11 trusts the server only when its name matches the profile; Microsoft does not document what an empty list means, and neither reading (no server matches, or no check) is what was intended. ` +
        'List the NPS server names exactly as in their certificates, separated by `;` (e.g. `nps1.corp.example.com;nps2.corp.example.com`).',
      related: settings.serverNames ? [{ range: settings.serverNames.nameRange, message: '`ServerNames` is empty' }] : undefined,
    });
  },
};
