import { makeLeaf } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { expiringSoonRule } from './expiring-soon';

const soon = () => makeLeaf({ subject: 'CN=nps1.corp.contoso.com', notAfter: new Date('2025-06-21T12:00:00Z') });

testCertificateRule(expiringSoonRule, {
  valid: [
    { name: 'a long-valid certificate', certificate: pki('device') },
    { name: 'an already expired certificate (cert/expired says so)', certificate: () => makeLeaf({ subject: 'CN=x.contoso.com', notAfter: new Date('2025-01-01T00:00:00Z') }) },
    { name: 'outside a shorter threshold', certificate: soon, expiryWarningDays: 10 },
  ],
  invalid: [
    {
      name: 'within the default 30 days it is a warning',
      certificate: soon,
      findings: [{ severity: 'warning', role: null, message: /expires in 20 days \(on 2025-06-21\), within the 30-day warning period/ }],
    },
    { name: 'the threshold is a parameter', certificate: soon, expiryWarningDays: 60, findings: [{ message: '60-day' }] },
  ],
});
