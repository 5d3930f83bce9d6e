// The root EapHostConfig must be in the EapHostConfig namespace; without it none of the EAP schema applies.
import { intendedNamespace } from '../../catalogue/catalogue';
import type { EapRule } from '../rule';
import { looksLikeProvisioningNamespace, NS } from '../namespaces';
import { EAP_DOCS } from '../catalogue';

export const rootNamespaceRule: EapRule = {
  id: 'eap/root-namespace',
  defaultSeverity: 'error',
  title: '`EapHostConfig` is not in the `http://www.microsoft.com/provisioning/EapHostConfig` namespace',
  docUrl: EAP_DOCS.win32 + 'eaphostconfigschema-eaphostconfig-element',
  check({ eap, report }) {
    const root = eap.root;
    const namespace = root.namespaceUri;
    if (intendedNamespace(namespace) === NS.eapHostConfig) return;
    if (looksLikeProvisioningNamespace(namespace)) return; // eap/unknown-namespace reports the misspelt URI
    const declaration = root.attributes.find((a) => (root.prefix ? a.prefix === 'xmlns' && a.localName === root.prefix : a.name === 'xmlns'));
    const range = declaration?.valueRange;
    report({
      range: root.nameRange,
      message: namespace
        ? `\`<${root.localName}>\` is in the namespace \`${namespace}\`; the EAP schema expects \`${NS.eapHostConfig}\`. Windows exports \`<EapHostConfig xmlns="${NS.eapHostConfig}">\`.`
        : `\`<EapHostConfig>\` has no namespace: add \`xmlns="${NS.eapHostConfig}"\` as Windows exports it, otherwise its children are not EAP configuration elements.`,
      fixes: range
        ? [{ title: `Change the namespace to \`${NS.eapHostConfig}\``, edits: [{ range, newText: NS.eapHostConfig }], kind: 'safe' }]
        : root.prefix
          ? undefined
          : [{ title: 'Add the EapHostConfig namespace', edits: [{ range: { start: root.nameRange.end, end: root.nameRange.end }, newText: ` xmlns="${NS.eapHostConfig}"` }], kind: 'safe' }],
    });
  },
};
