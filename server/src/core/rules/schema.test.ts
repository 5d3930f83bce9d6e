// Catalogue rules through the rule tester: cases the catalogue pass handles beyond plain element lookups.
import { userProfile, nativeWith } from '../profile/rules/testing';
import { testRule } from '../testing/ruleTester';
import { schemaRuleMeta } from './schema';

const list = (dns: string) => `  <DomainNameInformationList>\n    <DomainName>.corp.example.net</DomainName>\n    <${dns}>10.0.0.10</${dns}>\n  </DomainNameInformationList>\n`;
const nrpt = (dns: string) => `  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <${dns}>10.0.0.10</${dns}>\n  </DomainNameInformation>\n`;

testRule(schemaRuleMeta('profile', 'element-name-case'), {
  valid: [
    { name: 'documented names', text: userProfile(nativeWith('IKEv2'), nrpt('DnsServers')) },
    { name: 'correctly spelled entries inside a CSP list node', text: userProfile(nativeWith('IKEv2'), list('DnsServers')) },
    { name: 'an unknown name inside a CSP list node is not a case variant', text: userProfile(nativeWith('IKEv2'), list('DnsServer')) },
  ],
  invalid: [
    {
      name: 'a name that differs only in case: a safe rename of both tags',
      text: userProfile(nativeWith('IKEv2'), nrpt('DNSServers')),
      findings: [
        {
          at: { tag: 'DNSServers' },
          severity: 'warning',
          message: 'the documented element is `<DnsServers>`, not `<DNSServers>`',
          fixes: [{ title: 'Rename to <DnsServers>', kind: 'safe', output: userProfile(nativeWith('IKEv2'), nrpt('DnsServers')) }],
        },
      ],
    },
    {
      name: 'inside a CSP list node written as an element (Microsoft\'s SyncML example), entries are compared with the entry element',
      text: userProfile(nativeWith('IKEv2'), list('DNSServers')),
      findings: [
        {
          at: { tag: 'DNSServers' },
          severity: 'warning',
          message: 'the documented element is `<DnsServers>`, not `<DNSServers>`',
          fixes: [{ title: 'Rename to <DnsServers>', kind: 'safe', output: userProfile(nativeWith('IKEv2'), list('DnsServers')) }],
        },
      ],
    },
  ],
});
