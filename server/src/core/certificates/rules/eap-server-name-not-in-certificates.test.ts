import { eapTlsExample } from '../../rules/examples';
import { contosoPki } from '../testing/certificates';
import { NPS_SERVER_NAMES_PLACEHOLDER } from '../../eap/placeholders';
import { testCertificateRule } from '../testing/ruleTester';
import { eapServerNameNotInCertificatesRule } from './eap-server-name-not-in-certificates';

const withServerNames = (names: string) =>
  eapTlsExample({ validation: `          <ServerNames>${names}</ServerNames>\n          <TrustedRootCA>d2 d3 8e ba 60 ca a1 c1 20 55 a2 e1 c8 3b 15 ad 45 01 10 c2 </TrustedRootCA>` });
const npsCertificate = async () => ({ 'file:///ws/nps.cer': [(await contosoPki()).npsServer] });

testCertificateRule(eapServerNameNotInCertificatesRule, {
  valid: [
    { name: 'a name the NPS certificate carries', document: withServerNames('nps1.corp.contoso.com'), workspaceFiles: npsCertificate },
    { name: 'a case-only difference (cert/eap-server-name-case-mismatch says so)', document: withServerNames('NPS1.corp.contoso.com'), workspaceFiles: npsCertificate },
    { name: 'the placeholders of a template are left to eap/template-placeholder', document: withServerNames(NPS_SERVER_NAMES_PLACEHOLDER), workspaceFiles: npsCertificate },
    {
      name: 'no NPS certificate in the workspace: nothing to compare',
      document: withServerNames('nps9.corp.contoso.com'),
      workspaceFiles: async () => ({ 'file:///ws/user.cer': [(await contosoPki()).user] }),
    },
  ],
  invalid: [
    {
      name: 'a name no NPS certificate carries is an information on that entry',
      document: withServerNames('nps1.corp.contoso.com;nps9.corp.contoso.com'),
      workspaceFiles: npsCertificate,
      findings: [{ at: 'nps9.corp.contoso.com', severity: 'information', message: 'No NPS certificate in the workspace carries `nps9.corp.contoso.com` (found: `nps1.corp.contoso.com`)' }],
    },
  ],
});
