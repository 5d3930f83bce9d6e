import { testRule } from '../../testing/ruleTester';
import { duplicateNrptRule } from './duplicate-nrpt-rule';
import { nativeWith, userProfile } from './testing';

const rule = (name: string, dns: string) => `  <DomainNameInformation>\n    <DomainName>${name}</DomainName>\n    <DnsServers>${dns}</DnsServers>\n  </DomainNameInformation>\n`;

testRule(duplicateNrptRule, {
  valid: [{ name: 'a host name and its suffix rule are different namespaces', text: userProfile(nativeWith('IKEv2'), rule('corp.example.net', '10.0.0.10') + rule('.corp.example.net', '10.0.0.10')) }],
  invalid: [
    {
      name: 'two rules for one namespace (any case, trailing dot): a warning on the second',
      text: userProfile(nativeWith('IKEv2'), rule('corp.example.net', '10.0.0.10') + rule('Corp.Example.Net.', '10.0.0.11')),
      findings: [
        {
          at: { content: 'DomainName', occurrence: 1 },
          severity: 'warning',
          message: 'already an NRPT rule for `Corp.Example.Net.`',
          related: [{ content: 'DomainName' }],
          fixes: [],
        },
      ],
    },
  ],
});
