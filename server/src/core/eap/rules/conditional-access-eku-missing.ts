// With Entra Conditional Access (ProfileXML DeviceCompliance/Enabled true), EAP-TLS must select only the
// short-lived certificate carrying the "AAD Conditional Access" EKU 1.3.6.1.4.1.311.87.
import type { EapRule } from '../rule';
import type { Fix } from '../../types';
import type { XmlElement } from '../../xml/model';
import { EAP_DOCS } from '../catalogue';
import { childIn, CONDITIONAL_ACCESS_EKU_NAME, CONDITIONAL_ACCESS_EKU_OID, ekuDefinitions, ekuRequirements, filteringInfo, listEnabled, methodBlocks } from '../methods';
import { NS } from '../namespaces';

const FILTERING_INFO =
  `<FilteringInfo xmlns="${NS.tlsV3}"><EKUMapping><EKUMap><EKUName>${CONDITIONAL_ACCESS_EKU_NAME}</EKUName><EKUOID>${CONDITIONAL_ACCESS_EKU_OID}</EKUOID></EKUMap></EKUMapping>` +
  `<ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>${CONDITIONAL_ACCESS_EKU_NAME}</EKUName></EKUMapInList></ClientAuthEKUList></FilteringInfo>`;

/** Inserts `block` after the last child element of `parent`, on its own line when the document is indented. */
function appendChildFix(text: string, parent: XmlElement, block: string, title: string): Fix | undefined {
  const children = parent.elements();
  const last = children[children.length - 1];
  // An unclosed last child runs to the parent's end tag: the block would be inserted inside it.
  if (!last || !parent.closeTag || (!last.closed && !last.selfClosing)) return undefined;
  const lineStart = text.lastIndexOf('\n', last.start - 1) + 1;
  const indent = text.slice(lineStart, last.start);
  const separator = /^[ \t]*$/.test(indent) && lineStart > 0 ? '\n' + indent : '';
  return { title, edits: [{ range: { start: last.end, end: last.end }, newText: separator + block }], kind: 'safe' };
}

export const conditionalAccessEkuMissingRule: EapRule = {
  id: 'eap/conditional-access-eku-missing',
  defaultSeverity: 'warning',
  title: 'Entra Conditional Access is on (DeviceCompliance) but EAP-TLS does not require the "AAD Conditional Access" EKU',
  docUrl: EAP_DOCS.conditionalAccessProfiles,
  check({ eap, report }) {
    if (!eap.host?.conditionalAccess) return;
    const deviceCompliance = eap.host.deviceComplianceEnabled;
    for (const block of methodBlocks(eap)) {
      if (block.kind !== 'tls' || !block.eapType) continue;
      const filtering = filteringInfo(block.eapType);
      const clientAuth = filtering ? childIn(filtering, 'ClientAuthEKUList', NS.tlsV3) : undefined;
      const required = filtering && clientAuth && listEnabled(clientAuth) ? ekuRequirements(clientAuth, ekuDefinitions(filtering)) : [];
      if (required.some((r) => r.resolvedOid === CONDITIONAL_ACCESS_EKU_OID)) continue;
      const extensions = childIn(block.eapType, 'TLSExtensions', NS.tlsV2);
      let fix: Fix | undefined;
      if (!extensions) {
        fix = appendChildFix(eap.text, block.eapType, `<TLSExtensions xmlns="${NS.tlsV2}">${FILTERING_INFO}</TLSExtensions>`, 'Require the AAD Conditional Access EKU');
      } else if (!filtering) {
        fix = extensions.elements().length
          ? appendChildFix(eap.text, extensions, FILTERING_INFO, 'Require the AAD Conditional Access EKU')
          : extensions.closeTag
            ? { title: 'Require the AAD Conditional Access EKU', edits: [{ range: { start: extensions.closeTag.start, end: extensions.closeTag.start }, newText: FILTERING_INFO }], kind: 'safe' }
            : undefined;
      }
      report({
        range: (clientAuth ?? filtering ?? block.eapType).nameRange,
        message:
          'The profile enables Entra Conditional Access (`DeviceCompliance/Enabled`), but this EAP-TLS configuration does not restrict the client certificate to the short-lived one Entra ID issues, which Microsoft\'s Conditional Access steps require. ' +
          'Windows may then use any valid Client Authentication certificate (for example one from your own CA), and users get the "Oops, you can\'t get to this yet" message again and again. ' +
          `Define \`<EKUMap><EKUName>${CONDITIONAL_ACCESS_EKU_NAME}</EKUName><EKUOID>${CONDITIONAL_ACCESS_EKU_OID}</EKUOID></EKUMap>\` in \`TLSExtensions/FilteringInfo/EKUMapping\` and require it in \`<ClientAuthEKUList Enabled="true">\`.`,
        related: deviceCompliance ? [{ range: deviceCompliance.nameRange, message: 'Conditional Access is enabled here' }] : undefined,
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};
