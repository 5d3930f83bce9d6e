import { eapTlsExample } from '../../rules/examples';
import { decodeCertificate } from '../decode';
import { contosoPki, makeRootCa, type MadeCertificate } from '../testing/certificates';
import { testCertificateRule } from '../testing/ruleTester';
import { thumbprintMatchesExpiredCertificateRule } from './thumbprint-matches-expired-certificate';

let oldRoot: Promise<MadeCertificate> | undefined;
const expiredRoot = () => (oldRoot ??= makeRootCa('CN=Old Root', { notAfter: new Date('2024-12-31T00:00:00Z') }));

function eapTrusting(made: MadeCertificate): string {
  const thumbprint = decodeCertificate(made.der).thumbprints.sha1Eap;
  return eapTlsExample({ validation: `          <ServerNames>nps1.corp.contoso.com</ServerNames>\n          <TrustedRootCA>${thumbprint}</TrustedRootCA>` });
}

testCertificateRule(thumbprintMatchesExpiredCertificateRule, {
  valid: [{ name: 'a current root', document: async () => eapTrusting((await contosoPki()).root), workspaceFiles: async () => ({ 'file:///ws/root.cer': [(await contosoPki()).root] }) }],
  invalid: [
    {
      name: 'the thumbprint of an expired root is a warning naming it and its expiry',
      document: async () => eapTrusting(await expiredRoot()),
      workspaceFiles: async () => ({ 'file:///ws/old.cer': [await expiredRoot()] }),
      findings: [{ at: { element: 'TrustedRootCA' }, severity: 'warning', message: /`Old Root`, which expired \d+ days ago \(on 2024-12-31\)/ }],
    },
  ],
});
