import { EKU } from '../oids';
import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { deviceMissingIkeIntermediateEkuRule } from './device-missing-ike-intermediate-eku';

testCertificateRule(deviceMissingIkeIntermediateEkuRule, {
  valid: [{ name: 'a device certificate with both EKUs', certificate: pki('device'), role: 'device' }],
  invalid: [
    {
      name: 'Client Authentication alone gets an information about intermittent 13801',
      certificate: () => makeLeaf({ subject: 'CN=pc1.corp.contoso.com', eku: [EKU.clientAuth] }),
      role: 'device',
      findings: [{ severity: 'information', role: 'device', message: /practitioners report intermittent 13801/ }],
    },
  ],
});
