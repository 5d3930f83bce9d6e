import { testRule } from '../../testing/ruleTester';
import { nrptDomainWithoutLeadingDot } from './nrpt-domain-without-leading-dot';
import { nativeWith } from './testing';

const nrpt = (domain: string) => `  <DomainNameInformation>\n    <DomainName>${domain}</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n`;
const profile = (rules: string, dnsSuffix = 'corp.example.net', trusted = 'office.example.net') =>
  `<VPNProfile>\n  <DnsSuffix>${dnsSuffix}</DnsSuffix>\n  <TrustedNetworkDetection>${trusted}</TrustedNetworkDetection>\n  <NativeProfile>\n${nativeWith('IKEv2')}\n  </NativeProfile>\n${rules}</VPNProfile>\n`;

testRule(nrptDomainWithoutLeadingDot, {
  valid: [
    { name: 'the namespace with its leading dot', text: profile(nrpt('.corp.example.net')) },
    { name: 'a host name that is not a suffix of the profile', text: profile(nrpt('intranet.example.net')) },
    { name: 'a host rule next to the rule for its namespace (deliberate)', text: profile(nrpt('corp.example.net') + nrpt('.corp.example.net')) },
    { name: 'the catch-all rule', text: profile(nrpt('.')) },
  ],
  invalid: [
    {
      name: 'the DNS suffix written without its dot: information; adding the dot is a suggestion',
      text: profile(nrpt('corp.example.net')),
      findings: [
        {
          at: { content: 'DomainName' },
          severity: 'information',
          message:
            '`corp.example.net` has no leading dot, so this NRPT rule applies to that one name only; names below it such as `server.corp.example.net` are not covered. It is also the DNS suffix of this profile',
          related: [{ tag: 'DnsSuffix' }],
          fixes: [{ title: 'Change to .corp.example.net', kind: 'suggestion', output: profile(nrpt('.corp.example.net')) }],
        },
      ],
    },
    {
      name: 'a trusted network suffix, in another letter case and with a trailing dot',
      text: profile(nrpt('Office.Example.Net.'), 'corp.example.net', 'corp.example.net,office.example.net'),
      findings: [{ at: { content: 'DomainName' }, message: 'a trusted network suffix of this profile', related: [{ tag: 'TrustedNetworkDetection' }] }],
    },
  ],
});
