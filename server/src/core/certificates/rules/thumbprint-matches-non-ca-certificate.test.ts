import { eapTlsExample, profileExample } from '../../rules/examples';
import { decodeCertificate } from '../decode';
import { contosoPki, type MadeCertificate } from '../testing/certificates';
import { testCertificateRule } from '../testing/ruleTester';
import { thumbprintMatchesNonCaCertificateRule } from './thumbprint-matches-non-ca-certificate';

const eapForm = (made: MadeCertificate) => decodeCertificate(made.der).thumbprints.sha1Eap;
const eapTrusting = (thumbprint: string) => eapTlsExample({ validation: `          <ServerNames>nps1.corp.contoso.com</ServerNames>\n          <TrustedRootCA>${thumbprint}</TrustedRootCA>` });
const ssoIssuer = (thumbprint: string) =>
  profileExample({
    inner: `  <DeviceCompliance>\n    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <IssuerHash>${thumbprint}</IssuerHash>\n    </Sso>\n  </DeviceCompliance>`,
  });
const workspace = async () => {
  const { root, issuing, npsServer, user } = await contosoPki();
  return { 'file:///ws/chain.p7b': [root, issuing], 'file:///ws/nps.cer': [npsServer], 'file:///ws/user.cer': [user] };
};

testCertificateRule(thumbprintMatchesNonCaCertificateRule, {
  valid: [
    { name: 'TrustedRootCA with the root', document: async () => eapTrusting(eapForm((await contosoPki()).root)), workspaceFiles: workspace },
    { name: 'Sso/IssuerHash with the issuing CA', document: async () => ssoIssuer(eapForm((await contosoPki()).issuing)), workspaceFiles: workspace },
  ],
  invalid: [
    {
      name: 'TrustedRootCA with the NPS server certificate, in any spelling, is a warning',
      document: async () => eapTrusting(decodeCertificate((await contosoPki()).npsServer.der).thumbprints.sha1.toLowerCase()),
      workspaceFiles: workspace,
      findings: [{ at: { element: 'TrustedRootCA' }, severity: 'warning', message: /`nps1\.corp\.contoso\.com`, which is not a CA certificate\. TrustedRootCA names the root CA/ }],
    },
    {
      name: 'Sso/IssuerHash with a user certificate names what IssuerHash is for',
      document: async () => ssoIssuer(eapForm((await contosoPki()).user)),
      workspaceFiles: workspace,
      findings: [{ at: { element: 'IssuerHash' }, message: 'Sso/IssuerHash names the CA of the certificates used for single sign-on' }],
    },
  ],
});
