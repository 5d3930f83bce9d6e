import { eapTlsExample } from '../../rules/examples';
import { contosoPki } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { npsServerNameMismatchRule } from './nps-server-name-mismatch';

const nps = pki('npsServer');

testCertificateRule(npsServerNameMismatchRule, {
  valid: [
    { name: 'the certificate name among the ServerNames', certificate: nps, role: 'nps-server', workspace: { eapServerNames: ['nps0.contoso.com', 'nps1.corp.contoso.com'] } },
    { name: 'a regular expression that matches it', certificate: nps, role: 'nps-server', workspace: { eapServerNames: ['nps[0-9]+\\.corp\\.contoso\\.com'] } },
    { name: 'no ServerNames in the workspace: nothing to compare', certificate: nps, role: 'nps-server' },
  ],
  invalid: [
    {
      name: 'a name only in different letter case is an information (fails on Windows 11 21H2 with 853)',
      certificate: nps,
      role: 'nps-server',
      workspace: { eapServerNames: ['NPS1.corp.contoso.com'] },
      findings: [{ severity: 'information', role: 'nps-server', message: /letter case.*21H2 .*853/ }],
    },
    {
      name: 'a certificate absent from ServerNames is a warning',
      certificate: nps,
      role: 'nps-server',
      workspace: { eapServerNames: ['nps2.corp.contoso.com', 'nps3.corp.contoso.com'] },
      findings: [{ severity: 'warning', role: 'nps-server', message: '(nps2.corp.contoso.com;nps3.corp.contoso.com)' }],
    },
    {
      name: "an EAP configuration whose ServerNames miss the workspace's NPS certificate: the finding is on the certificate file",
      document: eapTlsExample().replace('nps.example.net', 'nps2.corp.contoso.com'),
      workspaceFiles: async () => ({ 'file:///ws/nps.cer': [(await contosoPki()).npsServer] }),
      findings: [{ file: 'file:///ws/nps.cer', severity: 'warning', message: 'nps2.corp.contoso.com' }],
    },
  ],
});
