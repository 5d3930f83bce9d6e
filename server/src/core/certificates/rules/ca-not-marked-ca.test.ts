import { CA_KEY_USAGE, contosoPki, makeCertificate } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { caNotMarkedCaRule } from './ca-not-marked-ca';

testCertificateRule(caNotMarkedCaRule, {
  valid: [
    { name: 'the Contoso root', certificate: pki('root'), role: 'root-ca' },
    { name: 'the Contoso issuing CA', certificate: pki('issuing'), role: 'issuing-ca' },
  ],
  invalid: [
    {
      name: 'an issuing CA with cA=false is an error',
      certificate: async () => makeCertificate({ subject: 'CN=Fake Issuing CA', issuer: (await contosoPki()).root, ca: false, keyUsage: CA_KEY_USAGE }),
      role: 'issuing-ca',
      findings: [{ severity: 'error', role: 'issuing-ca', message: /cA=false.*chain validation does not accept it/ }],
    },
    {
      name: 'a self-signed root without Basic Constraints is only a warning',
      certificate: () => makeCertificate({ subject: 'CN=Legacy Root', keyUsage: CA_KEY_USAGE }),
      role: 'root-ca',
      findings: [{ severity: 'warning', role: 'root-ca', message: 'It has no Basic Constraints extension. A root is trusted' }],
    },
  ],
});
