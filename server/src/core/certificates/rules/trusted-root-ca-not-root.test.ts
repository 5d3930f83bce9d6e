import { eapTlsExample, profileExample } from '../../rules/examples';
import { decodeCertificate } from '../decode';
import { contosoPki, type MadeCertificate } from '../testing/certificates';
import { testCertificateRule } from '../testing/ruleTester';
import { trustedRootCaNotRootRule } from './trusted-root-ca-not-root';

const eapForm = (made: MadeCertificate) => decodeCertificate(made.der).thumbprints.sha1Eap;
const eapTrusting = (thumbprint: string) => eapTlsExample({ validation: `          <ServerNames>nps1.corp.contoso.com</ServerNames>\n          <TrustedRootCA>${thumbprint}</TrustedRootCA>` });
const workspace = async () => ({ 'file:///ws/chain.p7b': [(await contosoPki()).root, (await contosoPki()).issuing] });

testCertificateRule(trustedRootCaNotRootRule, {
  valid: [
    { name: 'TrustedRootCA with the root', document: async () => eapTrusting(eapForm((await contosoPki()).root)), workspaceFiles: workspace },
    {
      name: 'an intermediate is right in Sso/IssuerHash',
      document: async () =>
        profileExample({
          inner: `  <DeviceCompliance>\n    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <IssuerHash>${eapForm((await contosoPki()).issuing)}</IssuerHash>\n    </Sso>\n  </DeviceCompliance>`,
        }),
      workspaceFiles: workspace,
    },
  ],
  invalid: [
    {
      name: 'TrustedRootCA with the issuing CA is a warning naming its issuer',
      document: async () => eapTrusting(eapForm((await contosoPki()).issuing)),
      workspaceFiles: workspace,
      findings: [{ at: { element: 'TrustedRootCA' }, severity: 'warning', message: /`Contoso Issuing CA`, an intermediate CA issued by `CN=Contoso Root CA, O=Contoso`/ }],
    },
  ],
});
