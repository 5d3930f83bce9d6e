import { schemaRuleMeta } from '../../rules/schema';
import { testRule } from '../../testing/ruleTester';
import { cspListEntries } from './csp-list-entries';
import { nativeWith, userProfile } from './testing';

const list = (dns: string) => `  <DomainNameInformationList>\n    <DomainName>.corp.example.net</DomainName>\n    <${dns}>10.0.0.10</${dns}>\n  </DomainNameInformationList>\n`;
const elementNameCase = schemaRuleMeta('profile', 'element-name-case');

testRule(cspListEntries, {
  // The list element keeps its own csp-node-name finding, from the catalogue: not this module's, so not listed.
  reportsAs: [elementNameCase, schemaRuleMeta('profile', 'csp-node-name')],
  valid: [
    { name: 'correctly spelled entries inside the list', text: userProfile(nativeWith('IKEv2'), list('DnsServers')) },
    { name: 'an unknown name is not a case variant', text: userProfile(nativeWith('IKEv2'), list('DnsServer')) },
  ],
  invalid: [
    {
      name: 'a wrongly cased entry inside a CSP list node: element-name-case with a safe rename of both tags',
      text: userProfile(nativeWith('IKEv2'), list('DNSServers')),
      findings: [
        {
          rule: elementNameCase,
          at: { tag: 'DNSServers' },
          severity: 'warning',
          message: 'the documented element is `<DnsServers>`, not `<DNSServers>`',
          fixes: [{ title: 'Rename to <DnsServers>', kind: 'safe', output: userProfile(nativeWith('IKEv2'), list('DnsServers')) }],
        },
      ],
    },
  ],
});
