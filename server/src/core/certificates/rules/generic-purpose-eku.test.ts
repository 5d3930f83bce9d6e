import { EKU } from '../oids';
import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { genericPurposeEkuRule } from './generic-purpose-eku';

testCertificateRule(genericPurposeEkuRule, {
  valid: [
    { name: 'a user certificate with Client Authentication', certificate: pki('user'), role: 'user' },
    { name: 'a VPN server certificate with Server Authentication', certificate: pki('vpnServer'), role: 'vpn-server' },
    { name: 'Client Authentication next to Any Purpose', certificate: () => makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth, EKU.anyPurpose] }), role: 'user' },
    { name: 'simply wrong EKUs (the EKU rules explain those)', certificate: () => makeLeaf({ subject: 'CN=Alice', eku: ['1.3.6.1.5.5.7.3.3'] }), role: 'user' },
  ],
  invalid: [
    {
      name: 'Any Purpose only, as a user certificate, points at AnyPurposeEKUList',
      certificate: () => makeLeaf({ subject: 'CN=Alice', eku: [EKU.anyPurpose], san: [{ type: 'upn', value: 'alice@contoso.com' }] }),
      role: 'user',
      findings: [{ severity: 'warning', role: 'user', message: /^(?!.*AllPurposeEnabled).*Any Purpose \(1\.3\.6\.1\.4\.1\.311\.10\.12\.1\).*AnyPurposeEKUList/ }],
    },
    {
      name: 'All Purpose only is told apart from Any Purpose',
      certificate: () => makeLeaf({ subject: 'CN=Alice', eku: [EKU.allPurpose] }),
      role: 'user',
      findings: [{ severity: 'warning', message: /^(?!.*AnyPurposeEKUList).*All Purpose \(2\.5\.29\.37\.0.*AllPurposeEnabled/ }],
    },
    {
      name: 'no EKU extension as a VPN server certificate is a warning',
      certificate: () => makeLeaf({ subject: 'CN=vpn.contoso.com' }),
      role: 'vpn-server',
      findings: [{ severity: 'warning', message: /no Enhanced Key Usage extension.*instead of Server Authentication/ }],
    },
    {
      name: 'an All Purpose NPS certificate is only information',
      certificate: () => makeLeaf({ subject: 'CN=nps1.corp.contoso.com', eku: [EKU.allPurpose] }),
      role: 'nps-server',
      findings: [{ severity: 'information', role: 'nps-server', message: 'TlsServerAcceptAllPurposeCert' }],
    },
  ],
});
