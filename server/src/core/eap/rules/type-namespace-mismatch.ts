// Eap/Type must fit the namespace of the EapType beside it: 13 with EAP-TLS, 25 with PEAP, 26 with EAP-MSCHAPv2
// connection properties (IANA numbers as listed on the "EAP for network access" page). Applies to the outer method
// and to the method inside PEAP.
import { SOURCES } from '../../sources';
import type { TextEdit } from '../../types';
import { eapDocument, peapEapType } from './examples';
import type { EapRule } from '../rule';
import { METHODS, kindOfTypeNumber, methodBlocks, methodTypeElement } from '../methods';
import { integerValue, replaceValue, valueRange } from '../../xml/edits';

export const typeNamespaceMismatchRule: EapRule = {
  id: 'eap/type-namespace-mismatch',
  defaultSeverity: 'error',
  title: 'The EAP type number does not fit the namespace of the `EapType` settings',
  docUrl: SOURCES.networkAccess.url,
  // The number or the settings may be the mistake; changing the method is a person's decision.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      "Each `Eap` element holds a type number (13 EAP-TLS, 25 PEAP, 26 EAP-MSCHAPv2) and an `EapType` whose namespace says which method's settings it contains. " +
      "The number chooses the method Windows runs; if the settings are another method's, the method that runs is not the one they configure. " +
      'The fix sets the number to the one the settings are written for (and `EapMethod/Type` with it for the outer method); since the settings may be the mistake instead, it is a suggestion.',
    wrong: eapDocument(peapEapType(), { methodType: 13 }),
    right: eapDocument(peapEapType(), { methodType: 25 }),
  },
  check({ eap, report }) {
    const methodType = methodTypeElement(eap);
    const methodNumber = integerValue(methodType);
    for (const block of methodBlocks(eap)) {
      if (!block.kind || !block.type || !block.eapType || block.typeNumber === undefined) continue;
      const expected = METHODS[block.kind];
      if (block.typeNumber === expected.type) continue;
      // For the outer method, a disagreement with EapMethod/Type is eap/method-type-mismatch's finding.
      if (!block.outer && methodNumber !== undefined && methodNumber !== block.typeNumber) continue;
      const edits: TextEdit[] = [replaceValue(block.type, String(expected.type))];
      if (!block.outer && methodType) edits.push(replaceValue(methodType, String(expected.type)));
      const written = kindOfTypeNumber(block.typeNumber);
      report({
        range: valueRange(block.type),
        message:
          `Type ${block.typeNumber}${written ? ` (${METHODS[written].label})` : ''} does not match the \`EapType\` settings, which are ${expected.label} settings (namespace \`${expected.namespace}\`, type ${expected.type}). ` +
          `The type number chooses the method Windows runs and the namespace says whose settings these are, so both must name the same method: set the type to ${expected.type}, or replace the \`EapType\` with the settings of the method you want.`,
        related: [{ range: block.eapType.nameRange, message: `${expected.label} settings` }],
        fixes: [{ title: `Change the type to ${expected.type} (${expected.label})`, edits, kind: 'suggestion' }],
      });
    }
  },
};
