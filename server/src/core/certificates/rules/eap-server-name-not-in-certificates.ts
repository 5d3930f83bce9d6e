// EAP ServerNames must carry the NPS certificate's name (Microsoft client-connections guide); compared with the
// workspace's NPS certificates, a name none of them carries is worth a note (the workspace may not hold them all).
import { isPlaceholderServerName } from '../../eap/placeholders';
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import type { ServerNameRule } from '../rule';
import { bestServerNamesMatch, describeCertificates } from './shared';

export const eapServerNameNotInCertificatesRule: ServerNameRule = {
  id: 'cert/eap-server-name-not-in-certificates',
  defaultSeverity: 'information',
  title: 'No NPS certificate in the workspace carries an EAP ServerNames entry',
  docUrl: SOURCES.clientConnections.url,
  fixKinds: [],
  names: 'eap-server-names',
  docs: {
    rationale:
      "Clients accept the NPS server only if its certificate carries a name listed in the EAP `ServerNames` (Microsoft's client deployment guide). " +
      'When the workspace holds NPS certificates, each entry is compared with their names; an entry none of them carries is information, since the workspace may not hold every NPS certificate. ' +
      'The placeholders of the templates are left to `eap/template-placeholder`.',
  },
  check({ entry, certificates, report }) {
    if (isPlaceholderServerName(entry.name)) return;
    if (bestServerNamesMatch(entry.name, certificates).match !== 'none') return;
    report({ message: `No NPS certificate in the workspace carries ${codeSpan(entry.name)} (found: ${describeCertificates(certificates)}).` });
  },
};
