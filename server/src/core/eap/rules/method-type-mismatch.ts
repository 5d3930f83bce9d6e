// EapMethod/Type (what EAPHost loads) must equal Config/Eap/Type (what the configuration describes).
import type { EapRule } from '../rule';
import type { Fix } from '../../types';
import { EAP_DOCS } from '../catalogue';
import { METHODS, methodBlocks, methodTypeElement, integerValue, replaceValueEdit, valueRange } from '../methods';

export const methodTypeMismatchRule: EapRule = {
  id: 'eap/method-type-mismatch',
  defaultSeverity: 'error',
  title: '`EapMethod/Type` differs from `Config/Eap/Type`',
  docUrl: EAP_DOCS.eapConfiguration,
  check({ eap, report }) {
    const methodType = methodTypeElement(eap);
    const outer = methodBlocks(eap)[0];
    const methodNumber = integerValue(methodType);
    if (!methodType || !outer?.type || methodNumber === undefined || outer.typeNumber === undefined) return;
    if (methodNumber === outer.typeNumber) return;
    // The EapType namespace tells which of the two numbers the configuration was written for.
    const byNamespace = outer.kind ? METHODS[outer.kind].type : undefined;
    const fixes: Fix[] = [
      { title: `Change \`Config/Eap/Type\` to ${methodNumber}`, edits: [replaceValueEdit(outer.type, String(methodNumber))], kind: byNamespace === methodNumber ? 'safe' : 'suggestion' },
      { title: `Change \`EapMethod/Type\` to ${outer.typeNumber}`, edits: [replaceValueEdit(methodType, String(outer.typeNumber))], kind: byNamespace === outer.typeNumber ? 'safe' : 'suggestion' },
    ];
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
