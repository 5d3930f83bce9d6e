// EKUOID must be a dotted OID; the Windows EKU dialog also accepts a trailing `*` wildcard that allows every OID
// below it (`1.3.6.1.4.1.311.*`), as the "EAP for network access" page documents.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { walkElements } from '../../xml/query';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { namespaceOf } from '../methods';
import { NS } from '../namespaces';

const EKU_OID = /^[0-2](\.(0|[1-9]\d*))*(\.\*)?$/;

const withOid = (oid: string) =>
  eapDocument(tlsEapType({ filteringInfo: `<FilteringInfo xmlns="${NS.tlsV3}"><EKUMapping><EKUMap><EKUName>VPN</EKUName><EKUOID>${oid}</EKUOID></EKUMap></EKUMapping></FilteringInfo>` }));

function isOid(value: string): boolean {
  return EKU_OID.test(value) && value.includes('.');
}

export const invalidEkuOidRule: EapRule = {
  id: 'eap/invalid-eku-oid',
  defaultSeverity: 'error',
  title: 'An `EKUOID` is not an object identifier',
  docUrl: SOURCES.networkAccess.url,
  // Removing stray whitespace next to a dot keeps every digit where it was: one right answer.
  fixKinds: ['safe'],
  docs: {
    rationale:
      'An `EKUOID` gives the object identifier of an EKU that the certificate filter requires: dotted numbers such as `1.3.6.1.5.5.7.3.2`. ' +
      'The Windows EKU dialog also accepts a trailing `*`, which allows every OID below it (Microsoft documents `1.3.6.1.4.1.311.*`). ' +
      'Anything else (a name, a typo, spaces) matches no certificate EKU. When only whitespace next to a dot spoils the OID, the fix removes it; where the intended number is not certain (a space between two digits), there is no fix.',
    wrong: withOid('Client Authentication'),
    right: withOid('1.3.6.1.5.5.7.3.2'),
  },
  check({ eap, report }) {
    for (const element of walkElements(eap.root)) {
      if (element.localName !== 'EKUOID' || namespaceOf(element) !== NS.tlsV3 || !eap.specs.specOf(element)) continue;
      const value = element.text.trimmed;
      if (!value || isOid(value)) continue;
      const cleaned = value.replace(/\s+/g, '');
      // Whitespace between two digits may separate two arcs (`1.3.6.1 4`): joining them would be a guess.
      const certain = cleaned !== value && !/\d\s+\d/.test(value) && isOid(cleaned);
      report({
        range: element.text.range,
        message: `${codeSpan(value)} is not an object identifier: write the EKU as dotted numbers such as \`1.3.6.1.5.5.7.3.2\` (a trailing \`.*\` matches every OID below it).`,
        fixes: certain ? [{ title: `Change to ${cleaned}`, edits: [{ range: element.text.range, newText: cleaned }], kind: 'safe' }] : undefined,
      });
    }
  },
};
