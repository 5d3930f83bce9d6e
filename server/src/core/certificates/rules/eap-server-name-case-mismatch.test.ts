import { eapTlsExample } from '../../rules/examples';
import { contosoPki } from '../testing/certificates';
import { testCertificateRule } from '../testing/ruleTester';
import { eapServerNameCaseMismatchRule } from './eap-server-name-case-mismatch';

const withServerNames = (names: string) =>
  eapTlsExample({ validation: `          <ServerNames>${names}</ServerNames>\n          <TrustedRootCA>d2 d3 8e ba 60 ca a1 c1 20 55 a2 e1 c8 3b 15 ad 45 01 10 c2 </TrustedRootCA>` });
const npsCertificate = async () => ({ 'file:///ws/nps.cer': [(await contosoPki()).npsServer] });

testCertificateRule(eapServerNameCaseMismatchRule, {
  valid: [
    { name: 'the name exactly as in the certificate', document: withServerNames('nps1.corp.contoso.com'), workspaceFiles: npsCertificate },
    { name: 'a name no certificate carries (cert/eap-server-name-not-in-certificates says so)', document: withServerNames('nps9.corp.contoso.com'), workspaceFiles: npsCertificate },
  ],
  invalid: [
    {
      name: 'a name that matches only without regard to case is an information (Windows 11 21H2, 853)',
      document: withServerNames('NPS1.corp.contoso.com;nps9.corp.contoso.com'),
      workspaceFiles: npsCertificate,
      findings: [
        {
          at: 'NPS1.corp.contoso.com',
          severity: 'information',
          message: /`NPS1\.corp\.contoso\.com` matches the NPS certificate `nps1\.corp\.contoso\.com` only when letter case is ignored.*21H2 .*853/,
        },
      ],
    },
  ],
});
