import { pki, testCertificateRule } from '../testing/ruleTester';
import { clientMissingClientAuthEkuRule } from './client-missing-client-auth-eku';

testCertificateRule(clientMissingClientAuthEkuRule, {
  valid: [
    { name: 'a user certificate', certificate: pki('user'), role: 'user' },
    { name: 'a device certificate', certificate: pki('device'), role: 'device' },
  ],
  invalid: [
    {
      name: 'a server certificate as user certificate is an error naming the NPS reasons',
      certificate: pki('sstpServer'),
      role: 'user',
      findings: [{ severity: 'error', role: 'user', message: /1\.3\.6\.1\.5\.5\.7\.3\.2.*Server Authentication.*reason 267/ }],
    },
    {
      name: 'as device certificate it names the IKEv2 errors',
      certificate: pki('vpnServer'),
      role: 'device',
      findings: [{ severity: 'error', role: 'device', message: '13806' }],
    },
  ],
});
