// EAP ServerNames must contain the NPS certificate's name (DOMAIN.md §2.7; Microsoft client-connections guide).
// Letter case: Windows 11 21H2 (build 22000) compares case-sensitively, 22H2 (22621) and later do not (Microsoft "EAP -
// What's changed in Windows 11"; practitioners traced error 853 to it), so a case-only difference is an information.
// DOMAIN.md §2.7 says "Windows 11" without the version limit.
import { CERT_DOCS, type CertificateRule } from '../rule';
import { certificateHostNames, matchServerNamesEntry } from '../names';

export const npsServerNameMismatchRule: CertificateRule = {
  id: 'cert/nps-server-name-mismatch',
  defaultSeverity: 'warning',
  title: 'The NPS certificate\'s names are not in the EAP ServerNames',
  docUrl: CERT_DOCS.clientConnections,
  roles: ['nps-server'],
  passed: 'Named in the EAP ServerNames',
  applies: ({ context }) => (context.eapServerNames?.length ?? 0) > 0,
  check({ cert, context }) {
    const entries = context.eapServerNames ?? [];
    const names = certificateHostNames(cert);
    const matches = entries.map((entry) => ({ entry, match: matchServerNamesEntry(entry, names) }));
    if (matches.some(({ match }) => match === 'exact')) return undefined;
    const caseOnly = matches.find(({ match }) => match === 'case-only');
    if (caseOnly) {
      return {
        severity: 'information',
        message: `The EAP ServerNames entry "${caseOnly.entry}" differs from the certificate's name (${names.join(', ')}) only in letter case. Windows 11 21H2 compares them case-sensitively and fails with error 853 (22H2 and later ignore case again); write the name exactly as in the certificate.`,
      };
    }
    return {
      message: `None of the certificate's names (${names.join(', ') || 'none'}) is in the EAP ServerNames of the workspace (${entries.join(';')}). Clients then refuse this NPS server or ask the user whether to continue.`,
    };
  },
};
