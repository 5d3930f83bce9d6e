import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, profileDocument, tlsEapType } from './examples';
import { ekuNameUndefinedRule } from './eku-name-undefined';

function filtering(listNames: string[], mapName = 'ContosoVPN'): string {
  return [
    `<FilteringInfo xmlns="${NS.tlsV3}">`,
    `  <EKUMapping><EKUMap><EKUName>${mapName}</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.15</EKUOID></EKUMap></EKUMapping>`,
    '  <ClientAuthEKUList Enabled="true">',
    ...listNames.map((name) => `    <EKUMapInList><EKUName>${name}</EKUName></EKUMapInList>`),
    '  </ClientAuthEKUList>',
    '</FilteringInfo>',
  ].join('\n');
}
const doc = (listNames: string[]) => eapDocument(tlsEapType({ filteringInfo: filtering(listNames) }));

testRule(ekuNameUndefinedRule, {
  valid: [
    { name: 'defined names', text: doc(['ContosoVPN']) },
    {
      name: 'an entry carrying its own EKUOID',
      text: eapDocument(tlsEapType({ filteringInfo: filtering(['Other']).replace('<EKUName>Other</EKUName>', '<EKUName>Other</EKUName><EKUOID>1.2.3.4</EKUOID>') })),
    },
  ],
  invalid: [
    {
      name: 'a name not defined in EKUMapping: an error at the name, related to EKUMapping, no fix',
      text: doc(['ContosoVPN', 'Example1']),
      findings: [{ at: 'Example1', severity: 'error', message: 'requires the EKU `Example1`', related: ['EKUMapping'], fixes: [] }],
    },
    {
      name: 'a near miss: the defined name is a suggestion',
      text: doc(['ContosoVPM']),
      findings: [{ at: 'ContosoVPM', severity: 'error', fixes: [{ title: 'Change to ContosoVPN', kind: 'suggestion', output: doc(['ContosoVPN']) }] }],
    },
    {
      name: 'a letter-case difference is a warning, with the defined spelling as a suggestion',
      text: doc(['contosovpn']),
      findings: [{ at: 'contosovpn', severity: 'warning', message: 'differs only in letter case', fixes: [{ title: 'Change to ContosoVPN', kind: 'suggestion', output: doc(['ContosoVPN']) }] }],
    },
    {
      name: 'embedded: reported in the profile at the undefined name',
      text: profileDocument(doc(['AAD Conditional Access'])),
      findings: [{ at: 'AAD Conditional Access' }],
    },
    {
      name: 'document text in the message stays inside its code span',
      text: doc(['a`b']),
      findings: [{ at: 'a`b', message: 'requires the EKU ``a`b``' }],
    },
  ],
});
