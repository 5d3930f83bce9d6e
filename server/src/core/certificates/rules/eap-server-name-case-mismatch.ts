// Windows 11 21H2 compares EAP ServerNames with the NPS certificate case-sensitively; 22H2 and later ignore case
// again (Microsoft "EAP: what's changed in Windows 11"; practitioners traced error 853 to it).
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import type { ServerNameRule } from '../rule';
import { shortName } from '../summary';
import { bestServerNamesMatch } from './shared';

export const eapServerNameCaseMismatchRule: ServerNameRule = {
  id: 'cert/eap-server-name-case-mismatch',
  defaultSeverity: 'information',
  title: 'An EAP ServerNames entry differs from the NPS certificate name only in letter case (fails on Windows 11 21H2)',
  docUrl: SOURCES.windows11Eap.url,
  fixKinds: [],
  names: 'eap-server-names',
  docs: {
    rationale:
      "Microsoft documents that Windows 11 21H2 compares the EAP `ServerNames` with the NPS certificate's name case-sensitively, and that 22H2 and later ignore the case again. " +
      "An entry that matches the workspace's NPS certificate only when case is ignored works on most clients and fails on 21H2 (practitioners report error 853): information.",
  },
  check({ entry, certificates, report }) {
    const best = bestServerNamesMatch(entry.name, certificates);
    if (best.match !== 'case-only') return;
    report({
      message: `${codeSpan(entry.name)} matches the NPS certificate ${codeSpan(shortName(best.certificate!.certificate))} only when letter case is ignored. Windows 11 21H2 compares them case-sensitively and fails with error 853 (22H2 and later ignore case again); write the name exactly as in the certificate.`,
    });
  },
};
