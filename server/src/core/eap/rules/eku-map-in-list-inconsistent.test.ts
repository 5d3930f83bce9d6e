import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, profileDocument, tlsEapType } from './examples';
import { ekuMapInListInconsistentRule } from './eku-map-in-list-inconsistent';

function filtering(maps: string, entries: string): string {
  return `<FilteringInfo xmlns="${NS.tlsV3}">\n  <EKUMapping>${maps}</EKUMapping>\n  <ClientAuthEKUList Enabled="true">${entries}</ClientAuthEKUList>\n</FilteringInfo>`;
}
const MAP = '<EKUMap><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.15</EKUOID></EKUMap>';
const doc = (maps: string, entries: string) => eapDocument(tlsEapType({ filteringInfo: filtering(maps, entries) }));

testRule(ekuMapInListInconsistentRule, {
  valid: [
    { name: 'a name-only entry', text: doc(MAP, '<EKUMapInList><EKUName>ContosoVPN</EKUName></EKUMapInList>') },
    { name: 'an entry whose OID matches the mapping', text: doc(MAP, '<EKUMapInList><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.15</EKUOID></EKUMapInList>') },
  ],
  invalid: [
    {
      name: 'an entry OID that contradicts the mapping: a warning at the entry OID, related to the defined name',
      text: doc(MAP, '<EKUMapInList><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.16</EKUOID></EKUMapInList>'),
      findings: [{ at: '1.3.6.1.4.1.311.42.1.16', severity: 'warning', message: 'is mapped to `1.3.6.1.4.1.311.42.1.15`', related: ['ContosoVPN'], fixes: [] }],
    },
    {
      name: 'a name mapped to two OIDs and an empty entry are both reported',
      text: doc(MAP + '<EKUMap><EKUName>ContosoVPN</EKUName><EKUOID>1.2.3</EKUOID></EKUMap>', '<EKUMapInList></EKUMapInList>'),
      findings: [
        { at: { text: 'ContosoVPN', occurrence: 1 }, message: 'is defined twice', related: ['ContosoVPN'] },
        { at: 'EKUMapInList', message: 'names no EKU' },
      ],
    },
    {
      name: 'embedded: the contradiction is found inside a profile',
      text: profileDocument(doc(MAP, '<EKUMapInList><EKUName>ContosoVPN</EKUName><EKUOID>1.2.3.4</EKUOID></EKUMapInList>')),
      findings: [{ at: '1.2.3.4' }],
    },
  ],
});
