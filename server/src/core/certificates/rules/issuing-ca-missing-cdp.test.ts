import { EKU } from '../oids';
import { CA_KEY_USAGE, contosoPki, makeCertificate, type MadeCertificate } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { issuingCaMissingCdpRule } from './issuing-ca-missing-cdp';

let chain: Promise<{ root: MadeCertificate; issuing: MadeCertificate; user: MadeCertificate }> | undefined;

/** A chain like Cloud PKI for Intune's: an issuing CA without CRL Distribution Point. */
function cloudPkiLikeChain() {
  return (chain ??= (async () => {
    const { root } = await contosoPki();
    const issuing = await makeCertificate({ subject: 'CN=Cloud Issuing CA', issuer: root, ca: { pathLength: 0 }, keyUsage: CA_KEY_USAGE });
    const user = await makeCertificate({ subject: 'CN=Bob', issuer: issuing, eku: [EKU.clientAuth], cdp: ['http://crl.contoso.com/cloud.crl'] });
    return { root, issuing, user };
  })());
}

testCertificateRule(issuingCaMissingCdpRule, {
  valid: [
    { name: 'the Contoso issuing CA, which has a CDP', certificate: pki('issuing'), role: 'issuing-ca' },
    { name: 'a user certificate whose issuing CA has a CDP', certificate: pki('user'), role: 'user', issuers: async () => [(await contosoPki()).issuing, (await contosoPki()).root] },
    {
      name: 'a user certificate with only its root known (a root needs no CDP)',
      certificate: async () => (await cloudPkiLikeChain()).user,
      role: 'user',
      issuers: async () => [(await cloudPkiLikeChain()).root],
    },
    { name: 'a user certificate whose issuers are unknown', certificate: async () => (await cloudPkiLikeChain()).user, role: 'user' },
  ],
  invalid: [
    {
      name: 'an issuing CA without CDP is an error with the workaround and its cost',
      certificate: async () => (await cloudPkiLikeChain()).issuing,
      role: 'issuing-ca',
      findings: [{ severity: 'error', role: 'issuing-ca', message: /reason 258.*853.*IgnoreNoRevocationCheck.*cannot be cut off by revoking it/ }],
    },
    {
      name: 'a user certificate is flagged when its known issuing CA lacks a CDP',
      certificate: async () => (await cloudPkiLikeChain()).user,
      role: 'user',
      issuers: async () => [(await cloudPkiLikeChain()).issuing, (await cloudPkiLikeChain()).root],
      findings: [{ severity: 'error', role: 'user', message: 'Its issuing CA `CN=Cloud Issuing CA` has no CRL Distribution Point' }],
    },
  ],
});
