import { EKU } from '../oids';
import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { userMissingCdpRule } from './user-missing-cdp';

testCertificateRule(userMissingCdpRule, {
  valid: [
    { name: 'a user certificate with a CDP', certificate: pki('user'), role: 'user' },
    {
      name: 'an OCSP responder is revocation information too',
      certificate: () => makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth], cdp: undefined, ocsp: ['http://ocsp.contoso.com'] }),
      role: 'user',
    },
  ],
  invalid: [
    {
      name: 'no CDP is an error with the 258 → 853 chain, the workaround and its cost',
      certificate: () => makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth], san: [{ type: 'upn', value: 'alice@contoso.com' }], cdp: undefined }),
      role: 'user',
      findings: [
        {
          severity: 'error',
          role: 'user',
          message:
            /reason 258.*error 853.*Workaround: .*IgnoreNoRevocationCheck=1 under .*EAP\\13.*reboot.*Its cost.*cannot be cut off by revoking it.*NoRevocationCheck=1.*no EAP-TLS client certificate at all/,
        },
      ],
    },
    {
      name: 'an Entra ID Conditional Access certificate has no CDP by design: information naming both NPS settings and their cost, not an error',
      certificate: () => makeLeaf({ subject: 'CN=alice@contoso.com', eku: [EKU.clientAuth, EKU.entraConditionalAccess], san: [{ type: 'upn', value: 'alice@contoso.com' }], cdp: undefined }),
      findings: [
        {
          severity: 'information',
          role: 'user',
          message:
            /Conditional Access VPN certificate .*without a CRL Distribution Point by design.*What NPS needs: on every NPS server .*IgnoreNoRevocationCheck=1.*NoRevocationCheck=1.*accepted until it expires/,
        },
      ],
    },
  ],
});
