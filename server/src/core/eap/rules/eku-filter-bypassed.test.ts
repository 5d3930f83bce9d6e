import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, profileDocument, tlsEapType } from './examples';
import { ekuFilterBypassedRule } from './eku-filter-bypassed';

function withFiltering(options: { allPurpose?: string; anyPurpose?: string; name?: string; oid?: string }): string {
  const name = options.name ?? 'ContosoVPN';
  const oid = options.oid ?? '1.3.6.1.4.1.311.42.1.15';
  return eapDocument(
    tlsEapType({
      filteringInfo: [
        `<FilteringInfo xmlns="${NS.tlsV3}">`,
        ...(options.allPurpose ? [`  <AllPurposeEnabled>${options.allPurpose}</AllPurposeEnabled>`] : []),
        `  <EKUMapping><EKUMap><EKUName>${name}</EKUName><EKUOID>${oid}</EKUOID></EKUMap></EKUMapping>`,
        `  <ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>${name}</EKUName></EKUMapInList></ClientAuthEKUList>`,
        ...(options.anyPurpose ? [`  ${options.anyPurpose}`] : []),
        '</FilteringInfo>',
      ].join('\n'),
    }),
  );
}

testRule(ekuFilterBypassedRule, {
  valid: [
    { name: 'All Purpose off', text: withFiltering({ allPurpose: 'false' }) },
    {
      name: 'Any Purpose requiring the same EKU',
      text: withFiltering({ anyPurpose: '<AnyPurposeEKUList Enabled="true"><EKUMapInList><EKUName>ContosoVPN</EKUName></EKUMapInList></AnyPurposeEKUList>' }),
    },
  ],
  invalid: [
    {
      name: 'AllPurposeEnabled true next to a required custom EKU: information at its value, related to the required list',
      text: withFiltering({ allPurpose: 'true' }),
      findings: [{ at: { text: 'true', after: '<AllPurposeEnabled>' }, severity: 'information', message: 'requires (`ContosoVPN`)', related: ['ClientAuthEKUList'], fixes: [] }],
    },
    {
      name: 'with the Conditional Access EKU the bypass is a warning',
      text: withFiltering({ name: 'AAD Conditional Access', oid: '1.3.6.1.4.1.311.87', anyPurpose: '<AnyPurposeEKUList Enabled="true"/>' }),
      findings: [{ at: { text: 'true', after: '<AnyPurposeEKUList Enabled="' }, severity: 'warning', message: /Oops/, related: ['ClientAuthEKUList'] }],
    },
    {
      name: 'embedded: reported inside a profile',
      text: profileDocument(withFiltering({ allPurpose: '1' })),
      findings: [{ at: { text: '1', after: '<AllPurposeEnabled>' } }],
    },
  ],
});
