import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, profileDocument, tlsEapType } from './examples';
import { invalidEkuOidRule } from './invalid-eku-oid';

const withOid = (oid: string) =>
  eapDocument(tlsEapType({ filteringInfo: `<FilteringInfo xmlns="${NS.tlsV3}"><EKUMapping><EKUMap><EKUName>VPN</EKUName><EKUOID>${oid}</EKUOID></EKUMap></EKUMapping></FilteringInfo>` }));

testRule(invalidEkuOidRule, {
  valid: ['1.3.6.1.4.1.311.87', '1.3.6.1.4.1.311.*', '2.23.133.8.3'].map((oid) => ({
    name: `${oid} is an EKU OID (a trailing .* is documented), with no generic OID error either`,
    text: withOid(oid),
    noOtherErrors: true,
  })),
  invalid: [
    {
      name: 'a name instead of an OID: an error at the value, no fix',
      text: withOid('Client Authentication'),
      findings: [{ at: 'Client Authentication', severity: 'error', message: '`Client Authentication` is not an object identifier', fixes: [] }],
    },
    {
      name: 'a space after a dot is removed by a safe fix',
      text: withOid('1.3.6.1.4.1.311. 87'),
      findings: [{ at: '1.3.6.1.4.1.311. 87', fixes: [{ title: 'Change to 1.3.6.1.4.1.311.87', kind: 'safe', output: withOid('1.3.6.1.4.1.311.87') }] }],
    },
    {
      name: 'a space between two digits may separate two arcs: no fix',
      text: withOid('1.3.6.1.4.1.311.8 7'),
      findings: [{ at: '1.3.6.1.4.1.311.8 7', fixes: [] }],
    },
    {
      name: 'embedded: reported inside the profile',
      text: profileDocument(withOid('1..3')),
      findings: [{ at: '1..3' }],
    },
  ],
});
