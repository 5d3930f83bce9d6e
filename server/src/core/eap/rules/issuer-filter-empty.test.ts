import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, profileDocument, ROOT_THUMBPRINT, tlsEapType } from './examples';
import { issuerFilterEmptyRule } from './issuer-filter-empty';

const withCaHashList = (list: string) => eapDocument(tlsEapType({ filteringInfo: `<FilteringInfo xmlns="${NS.tlsV3}">${list}</FilteringInfo>` }));

testRule(issuerFilterEmptyRule, {
  valid: [
    { name: 'a listed issuer', text: withCaHashList(`<CAHashList Enabled="true"><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`) },
    { name: 'a disabled list', text: withCaHashList('<CAHashList Enabled="false"/>') },
  ],
  invalid: [
    {
      name: 'CAHashList Enabled="true" without IssuerHash: a warning at the Enabled value',
      text: withCaHashList('<CAHashList Enabled="true"></CAHashList>'),
      findings: [{ at: { text: 'true', after: '<CAHashList Enabled="' }, severity: 'warning', message: 'Microsoft does not document', fixes: [] }],
    },
    {
      name: 'embedded: an empty IssuerHash counts as none',
      text: profileDocument(withCaHashList('<CAHashList Enabled="true"><IssuerHash/></CAHashList>')),
      findings: [{ at: { text: 'true', after: '<CAHashList Enabled="' } }],
    },
  ],
});
