import { testRule } from '../../testing/ruleTester';
import { readOnlyElement } from './read-only-element';
import { userProfile } from './testing';

const NATIVE = '    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <MachineMethod>Certificate</MachineMethod>\n    </Authentication>';
const nrpt = (domain: string, type?: string) =>
  `  <DomainNameInformation>\n    <DomainName>${domain}</DomainName>\n${type === undefined ? '' : `    <DomainNameType>${type}</DomainNameType>\n`}    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>\n`;

testRule(readOnlyElement, {
  valid: [{ name: 'an NRPT rule without DomainNameType', text: userProfile(NATIVE, nrpt('.corp.example.net')) }],
  invalid: [
    {
      // As Windows reads a profile back (corpus document 09): known, at most a hint, never "did you mean DomainName".
      name: 'DomainNameType that agrees with DomainName (a read-back profile): a hint; removing it is a suggestion',
      text: userProfile(NATIVE, nrpt('.corp.example.net', 'Suffix') + nrpt('intranet.example.net', 'FQDN')),
      noOtherErrors: true,
      findings: [
        {
          at: { tag: 'DomainNameType' },
          severity: 'hint',
          message: 'read-only node of the VPNv2 CSP',
          fixes: [{ title: 'Remove <DomainNameType> (read only)', kind: 'suggestion', output: userProfile(NATIVE, nrpt('.corp.example.net') + nrpt('intranet.example.net', 'FQDN')) }],
        },
        {
          at: { tag: 'DomainNameType', occurrence: 1 },
          severity: 'hint',
          fixes: [{ title: 'Remove <DomainNameType> (read only)', kind: 'suggestion', output: userProfile(NATIVE, nrpt('.corp.example.net', 'Suffix') + nrpt('intranet.example.net')) }],
        },
      ],
    },
    {
      name: 'Suffix while DomainName has no leading dot: information that the rule covers one name only',
      text: userProfile(NATIVE, nrpt('corp.example.net', 'Suffix')),
      findings: [
        {
          at: { content: 'DomainNameType' },
          severity: 'information',
          message: 'It says `Suffix`, but `corp.example.net` has no leading `.`, so the rule applies to that one name only',
          related: [{ tag: 'DomainName' }],
          fixes: [{ title: 'Remove <DomainNameType> (read only)', kind: 'suggestion', output: userProfile(NATIVE, nrpt('corp.example.net')) }],
        },
      ],
    },
    {
      name: 'FQDN while DomainName starts with a dot: information that the rule covers the namespace',
      text: userProfile(NATIVE, nrpt('.corp.example.net', 'fqdn')),
      findings: [{ at: { content: 'DomainNameType' }, severity: 'information', message: 'applies to the whole namespace', related: [{ tag: 'DomainName' }] }],
    },
  ],
});
