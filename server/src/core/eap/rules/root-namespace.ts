// The root EapHostConfig must be in the EapHostConfig namespace; without it none of the EAP schema applies
// (EapHostConfig schema: https://learn.microsoft.com/windows/win32/eaphost/eaphostconfigschema-eaphostconfig-element).
import { intendedNamespace } from '../../catalogue/catalogue';
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import type { Fix } from '../../types';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { looksLikeProvisioningNamespace, NS } from '../namespaces';

export const rootNamespaceRule: EapRule = {
  id: 'eap/root-namespace',
  defaultSeverity: 'error',
  title: '`EapHostConfig` is not in the `http://www.microsoft.com/provisioning/EapHostConfig` namespace',
  docUrl: SOURCES.eapHostSchema.url,
  // Adding the missing namespace has one answer (safe); replacing a namespace someone wrote needs a person.
  fixKinds: ['safe', 'suggestion'],
  docs: {
    rationale:
      'An EAP configuration is an `EapHostConfig` element in the `http://www.microsoft.com/provisioning/EapHostConfig` namespace, which Windows declares on it when it exports a configuration. ' +
      'Without that namespace, or with another one, the element and the children that inherit its namespace belong to no EAP schema, and Windows cannot read the configuration. ' +
      'When the namespace is missing, the fix adds it; when another namespace is declared, replacing it is offered as a suggestion.',
    wrong: eapDocument(tlsEapType()).replace(`<EapHostConfig xmlns="${NS.eapHostConfig}">`, '<EapHostConfig>'),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    const root = eap.root;
    const namespace = root.namespaceUri;
    if (intendedNamespace(namespace) === NS.eapHostConfig) return;
    if (looksLikeProvisioningNamespace(namespace)) return; // eap/unknown-namespace reports the misspelt URI
    const declaration = root.attributes.find((a) => (root.prefix ? a.prefix === 'xmlns' && a.localName === root.prefix : a.name === 'xmlns'));
    const range = declaration?.valueRange;
    let fixes: Fix[] = [];
    if (range) fixes = [{ title: `Change the namespace to ${NS.eapHostConfig}`, edits: [{ range, newText: NS.eapHostConfig }], kind: 'suggestion' }];
    else if (!root.prefix) {
      fixes = [{ title: 'Add the EapHostConfig namespace', edits: [{ range: { start: root.nameRange.end, end: root.nameRange.end }, newText: ` xmlns="${NS.eapHostConfig}"` }], kind: 'safe' }];
    }
    report({
      range: root.nameRange,
      message: namespace
        ? `\`<${root.localName}>\` is in the namespace ${codeSpan(namespace)}; the EAP schema expects \`${NS.eapHostConfig}\`, as in the configurations Windows exports.`
        : `\`<EapHostConfig>\` has no namespace: add \`xmlns="${NS.eapHostConfig}"\` as Windows exports it, otherwise its children are not EAP configuration elements.`,
      fixes,
    });
  },
};
