import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, profileDocument, ROOT_THUMBPRINT, tlsEapType } from './examples';
import { filterDisabledRule } from './filter-disabled';

const TITLE = 'Set Enabled="true"';
const withFiltering = (content: string) => eapDocument(tlsEapType({ filteringInfo: `<FilteringInfo xmlns="${NS.tlsV3}">${content}</FilteringInfo>` }));
const MAP = '<EKUMapping><EKUMap><EKUName>VPN</EKUName><EKUOID>1.2.3.4</EKUOID></EKUMap></EKUMapping>';
const ANY = `${MAP}<AnyPurposeEKUList><EKUMapInList><EKUName>VPN</EKUName></EKUMapInList></AnyPurposeEKUList>`;

testRule(filterDisabledRule, {
  valid: [
    { name: 'an enabled list', text: withFiltering(`<CAHashList Enabled="true"><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`) },
    { name: 'an empty disabled list', text: withFiltering('<ClientAuthEKUList Enabled="false"/>') },
  ],
  invalid: [
    {
      name: 'IssuerHash entries under a CAHashList without Enabled: information; adding Enabled is a suggestion',
      text: withFiltering(`<CAHashList><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`),
      findings: [
        {
          at: 'CAHashList',
          severity: 'information',
          message: 'has no `Enabled` attribute (the default is `false`)',
          fixes: [{ title: TITLE, kind: 'suggestion', output: withFiltering(`<CAHashList Enabled="true"><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`) }],
        },
      ],
    },
    {
      name: 'an EKU list with Enabled="false" is reported at the attribute value',
      text: withFiltering(`${MAP}<ClientAuthEKUList Enabled="false"><EKUMapInList><EKUName>VPN</EKUName></EKUMapInList></ClientAuthEKUList>`),
      findings: [
        {
          at: { text: 'false', after: '<ClientAuthEKUList Enabled="' },
          fixes: [{ title: TITLE, kind: 'suggestion', output: withFiltering(`${MAP}<ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>VPN</EKUName></EKUMapInList></ClientAuthEKUList>`) }],
        },
      ],
    },
    {
      name: 'embedded: AnyPurposeEKUList entries without Enabled',
      text: profileDocument(withFiltering(ANY)),
      findings: [
        { at: 'AnyPurposeEKUList', fixes: [{ title: TITLE, kind: 'suggestion', output: profileDocument(withFiltering(ANY.replace('<AnyPurposeEKUList>', '<AnyPurposeEKUList Enabled="true">'))) }] },
      ],
    },
  ],
});
