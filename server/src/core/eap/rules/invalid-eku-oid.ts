// EKUOID must be a dotted OID; the Windows EKU dialog also accepts a trailing `*` wildcard (`1.3.6.1.4.1.311.*`).
import type { EapRule } from '../rule';
import { walkElements } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { namespaceOf } from '../methods';
import { NS } from '../namespaces';

const EKU_OID = /^[0-2](\.(0|[1-9]\d*))*(\.\*)?$/;

export const invalidEkuOidRule: EapRule = {
  id: 'eap/invalid-eku-oid',
  defaultSeverity: 'error',
  title: 'An `EKUOID` is not an object identifier',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    for (const element of walkElements(eap.root)) {
      if (element.localName !== 'EKUOID' || namespaceOf(element) !== NS.tlsV3 || !eap.specs.specOf(element)) continue;
      const value = element.text.trimmed;
      if (!value || (EKU_OID.test(value) && value.includes('.'))) continue;
      const cleaned = value.replace(/\s+/g, '');
      const fixable = cleaned !== value && EKU_OID.test(cleaned) && cleaned.includes('.');
      report({
        range: element.text.range,
        message: `\`${value}\` is not an object identifier: write the EKU as dotted numbers such as \`1.3.6.1.5.5.7.3.2\` (a trailing \`.*\` matches every OID below it).`,
        fixes: fixable ? [{ title: `Change to \`${cleaned}\``, edits: [{ range: element.text.range, newText: cleaned }], kind: 'safe' }] : undefined,
      });
    }
  },
};
