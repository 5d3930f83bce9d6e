// EapMethod/Type (the method EAPHost loads) must equal Config/Eap/Type (the method the configuration describes);
// every Microsoft sample and every configuration Windows exports has them equal
// (https://learn.microsoft.com/windows/win32/eaphost/eaphostconfigschema-eaphostconfig-element).
import { SOURCES } from '../../sources';
import type { Fix } from '../../types';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { METHODS, methodBlocks, methodTypeElement } from '../methods';
import { integerValue, replaceValue, valueRange } from '../../xml/edits';

export const methodTypeMismatchRule: EapRule = {
  id: 'eap/method-type-mismatch',
  defaultSeverity: 'error',
  title: '`EapMethod/Type` differs from `Config/Eap/Type`',
  docUrl: SOURCES.eapHostSchema.url,
  // Either number may be the intended method: a person decides (the one the EapType settings fit comes first).
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'An EapHostConfig names its method twice: `EapMethod/Type` is the EAP method EAPHost loads, and `Config/Eap/Type` is the method the configuration below it is written for. ' +
      "Microsoft's samples and the configurations Windows exports have the two equal; when they differ, the method Windows runs is not the one the settings are written for. " +
      'Both numbers are offered as fixes, the one that fits the namespace of the `EapType` settings first; changing the method is always a suggestion.',
    wrong: eapDocument(tlsEapType(), { methodType: 25, eapTypeNumber: 13 }),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    const methodType = methodTypeElement(eap);
    const outer = methodBlocks(eap)[0];
    const methodNumber = integerValue(methodType);
    if (!methodType || !outer?.type || methodNumber === undefined || outer.typeNumber === undefined) return;
    if (methodNumber === outer.typeNumber) return;
    // The EapType namespace tells which of the two numbers the configuration was written for: offer that one first.
    const byNamespace = outer.kind ? METHODS[outer.kind].type : undefined;
    const fixes: Fix[] = [
      { title: `Change Config/Eap/Type to ${methodNumber}`, edits: [replaceValue(outer.type, String(methodNumber))], kind: 'suggestion' },
      { title: `Change EapMethod/Type to ${outer.typeNumber}`, edits: [replaceValue(methodType, String(outer.typeNumber))], kind: 'suggestion' },
    ];
    if (byNamespace === outer.typeNumber) fixes.reverse();
    const hint = outer.kind ? ` The \`EapType\` holds ${METHODS[outer.kind].label} settings (type ${METHODS[outer.kind].type}).` : '';
    report({
      range: valueRange(outer.type),
      message: `\`Config/Eap/Type\` is ${outer.typeNumber} but \`EapMethod/Type\` is ${methodNumber}: both name the same EAP method and must be equal.${hint}`,
      related: [
        { range: valueRange(methodType), message: `\`EapMethod/Type\` is ${methodNumber}` },
        { range: valueRange(outer.type), message: `\`Config/Eap/Type\` is ${outer.typeNumber}` },
      ],
      fixes,
    });
  },
};
