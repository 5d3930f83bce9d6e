import { EKU } from '../oids';
import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { deviceSubjectNotFqdnRule } from './device-subject-not-fqdn';

testCertificateRule(deviceSubjectNotFqdnRule, {
  valid: [
    { name: 'an FQDN in the subject', certificate: pki('device'), role: 'device' },
    { name: 'an FQDN in the SAN only', certificate: () => makeLeaf({ subject: 'CN=PC1', eku: [EKU.clientAuth], san: [{ type: 'dns', value: 'pc1.corp.contoso.com' }] }), role: 'device' },
  ],
  invalid: [
    {
      name: 'a bare computer name gets an information',
      certificate: () => makeLeaf({ subject: 'CN=PC1', eku: [EKU.clientAuth] }),
      role: 'device',
      findings: [{ severity: 'information', role: 'device', message: 'Neither the subject (CN=PC1)' }],
    },
  ],
});
