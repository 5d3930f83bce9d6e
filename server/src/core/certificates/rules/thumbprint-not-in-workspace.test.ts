import { eapTlsExample } from '../../rules/examples';
import { decodeCertificate } from '../decode';
import { contosoPki, type MadeCertificate } from '../testing/certificates';
import { ROOT_CA_THUMBPRINT_PLACEHOLDER } from '../../eap/placeholders';
import { testCertificateRule } from '../testing/ruleTester';
import { thumbprintNotInWorkspaceRule } from './thumbprint-not-in-workspace';

const UNKNOWN = '00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00 11 22 33 ';

function eapTrusting(thumbprint: string): string {
  return eapTlsExample({ validation: `          <ServerNames>nps1.corp.contoso.com</ServerNames>\n          <TrustedRootCA>${thumbprint}</TrustedRootCA>` });
}

const eapForm = (made: MadeCertificate) => decodeCertificate(made.der).thumbprints.sha1Eap;

testCertificateRule(thumbprintNotInWorkspaceRule, {
  valid: [
    {
      name: 'a thumbprint of a workspace root',
      document: async () => eapTrusting(eapForm((await contosoPki()).root)),
      workspaceFiles: async () => ({ 'file:///ws/root.cer': [(await contosoPki()).root] }),
    },
    { name: 'a workspace without certificates says nothing about thumbprints', document: eapTrusting(UNKNOWN) },
    {
      name: 'the all-zero placeholder of a template is left to eap/template-placeholder',
      document: eapTrusting(ROOT_CA_THUMBPRINT_PLACEHOLDER),
      workspaceFiles: async () => ({ 'file:///ws/root.cer': [(await contosoPki()).root] }),
    },
    { name: 'a malformed thumbprint is left to the EAP rules', document: eapTrusting('not hex'), workspaceFiles: async () => ({ 'file:///ws/root.cer': [(await contosoPki()).root] }) },
  ],
  invalid: [
    {
      name: 'a thumbprint no workspace certificate has is an information on the thumbprint',
      document: eapTrusting(UNKNOWN),
      workspaceFiles: async () => ({ 'file:///ws/root.cer': [(await contosoPki()).root] }),
      findings: [{ at: { element: 'TrustedRootCA' }, severity: 'information', message: 'No certificate in the workspace has the SHA-1 thumbprint 00112233445566778899AABBCCDDEEFF00112233' }],
    },
  ],
});
