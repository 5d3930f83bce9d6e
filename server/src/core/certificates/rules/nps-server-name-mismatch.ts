// EAP ServerNames must contain the NPS certificate's name (Microsoft client-connections guide: otherwise "The
// connection was prevented because of a policy configured on your RAS/VPN server"). Letter case: Windows 11 21H2
// (build 22000) compares case-sensitively, 22H2 (22621) and later do not (Microsoft "EAP: what's changed in Windows
// 11"), so a case-only difference is an information.
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import { certificateHostNames, matchServerNamesEntry } from '../names';

export const npsServerNameMismatchRule: CertificateRule = {
  id: 'cert/nps-server-name-mismatch',
  defaultSeverity: 'warning',
  title: "The NPS certificate's names are not in the EAP ServerNames",
  docUrl: SOURCES.clientConnections.url,
  fixKinds: [],
  roles: ['nps-server'],
  passed: 'Named in the EAP ServerNames',
  applies: ({ workspace }) => (workspace.eapServerNames?.length ?? 0) > 0,
  docs: {
    rationale:
      'Clients validate the NPS server by comparing its certificate\'s name with the EAP `ServerNames` ("Connect to these servers"); Microsoft\'s client deployment guide warns that a name that does not match makes the connection fail. ' +
      "The rule compares the NPS certificate with the ServerNames of the workspace's profiles. Windows 11 21H2 also compares the letter case (22H2 and later do not), so a case-only difference is information.",
  },
  check({ cert, workspace, report }) {
    const entries = workspace.eapServerNames ?? [];
    const names = certificateHostNames(cert);
    const matches = entries.map((entry) => ({ entry, match: matchServerNamesEntry(entry, names) }));
    if (matches.some(({ match }) => match === 'exact')) return;
    const caseOnly = matches.find(({ match }) => match === 'case-only');
    if (caseOnly) {
      report({
        severity: 'information',
        message: `The EAP ServerNames entry "${caseOnly.entry}" differs from the certificate's name (${names.join(', ')}) only in letter case. Windows 11 21H2 compares them case-sensitively and fails with error 853 (22H2 and later ignore case again); write the name exactly as in the certificate.`,
      });
      return;
    }
    report({
      message: `None of the certificate's names (${names.join(', ') || 'none'}) is in the EAP ServerNames of the workspace (${entries.join(';')}). Clients then refuse this NPS server or ask the user whether to continue.`,
    });
  },
};
