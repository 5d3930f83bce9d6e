// With Microsoft Entra Conditional Access (ProfileXML DeviceCompliance/Enabled true), EAP-TLS must select only the
// short-lived certificate carrying the "AAD Conditional Access" EKU 1.3.6.1.4.1.311.87; without that filter the
// client uses any valid Client Authentication certificate (Troubleshoot Always On VPN, "Oops, you can't get to
// this yet"). The rule reads the host profile through the plain HostProfile description of the EAP model.
import { SOURCES } from '../../sources';
import type { Fix } from '../../types';
import type { XmlElement } from '../../xml/model';
import { DEVICE_COMPLIANCE, eapDocument, profileDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, CONDITIONAL_ACCESS_EKU_NAME, CONDITIONAL_ACCESS_EKU_OID, ekuDefinitions, ekuRequirements, filteringInfo, listEnabled, methodBlocks } from '../methods';
import { NS } from '../namespaces';

const FILTERING_INFO =
  `<FilteringInfo xmlns="${NS.tlsV3}"><EKUMapping><EKUMap><EKUName>${CONDITIONAL_ACCESS_EKU_NAME}</EKUName><EKUOID>${CONDITIONAL_ACCESS_EKU_OID}</EKUOID></EKUMap></EKUMapping>` +
  `<ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>${CONDITIONAL_ACCESS_EKU_NAME}</EKUName></EKUMapInList></ClientAuthEKUList></FilteringInfo>`;

const TITLE = 'Require the AAD Conditional Access EKU';

/** Inserts `block` after the last child element of `parent`, on its own line when the document is indented. */
function appendChildFix(text: string, parent: XmlElement, block: string): Fix | undefined {
  const children = parent.elements();
  const last = children[children.length - 1];
  // An unclosed last child runs to the parent's end tag: the block would be inserted inside it.
  if (!last || !parent.closeTag || (!last.closed && !last.selfClosing)) return undefined;
  const lineStart = text.lastIndexOf('\n', last.start - 1) + 1;
  const indent = text.slice(lineStart, last.start);
  const separator = /^[ \t]*$/.test(indent) && lineStart > 0 ? '\n' + indent : '';
  return { title: TITLE, edits: [{ range: { start: last.end, end: last.end }, newText: separator + block }], kind: 'suggestion' };
}

export const conditionalAccessEkuMissingRule: EapRule = {
  id: 'eap/conditional-access-eku-missing',
  defaultSeverity: 'warning',
  title: 'Entra Conditional Access is on (DeviceCompliance) but EAP-TLS does not require the "AAD Conditional Access" EKU',
  docUrl: SOURCES.troubleshootAovpn.url,
  // Adding a certificate filter changes which certificate Windows selects: a person decides.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'With `DeviceCompliance/Enabled` set to `true`, the profile uses Microsoft Entra Conditional Access: Entra ID issues the user a short-lived certificate with the "AAD Conditional Access" EKU (`1.3.6.1.4.1.311.87`), and that certificate must be the one EAP-TLS presents. ' +
      'Microsoft\'s troubleshooting article explains that without `<EKUName>AAD Conditional Access</EKUName><EKUOID>1.3.6.1.4.1.311.87</EKUOID>` in `TLSExtensions`, the client uses whatever valid Client Authentication certificate it finds, and users see "Oops, you can\'t get to this yet" again and again. ' +
      'Where the configuration has no certificate filter yet, the fix adds one that requires this EKU; it changes certificate selection, so it is a suggestion.',
    wrong: profileDocument(eapDocument(tlsEapType()), DEVICE_COMPLIANCE),
    right: profileDocument(eapDocument(tlsEapType({ filteringInfo: FILTERING_INFO })), DEVICE_COMPLIANCE),
  },
  check({ eap, report }) {
    const host = eap.host;
    if (!host?.conditionalAccess) return;
    for (const block of methodBlocks(eap)) {
      if (block.kind !== 'tls' || !block.eapType) continue;
      const filtering = filteringInfo(block.eapType);
      const clientAuth = filtering ? childIn(filtering, 'ClientAuthEKUList', NS.tlsV3) : undefined;
      const required = filtering && clientAuth && listEnabled(clientAuth) ? ekuRequirements(clientAuth, ekuDefinitions(filtering)) : [];
      if (required.some((r) => r.resolvedOid === CONDITIONAL_ACCESS_EKU_OID)) continue;
      const extensions = childIn(block.eapType, 'TLSExtensions', NS.tlsV2);
      let fix: Fix | undefined;
      // Only where no filter exists yet: an existing one is someone's choice that a person must reconcile.
      if (!extensions) {
        fix = appendChildFix(eap.text, block.eapType, `<TLSExtensions xmlns="${NS.tlsV2}">${FILTERING_INFO}</TLSExtensions>`);
      } else if (!filtering) {
        fix = extensions.elements().length
          ? appendChildFix(eap.text, extensions, FILTERING_INFO)
          : extensions.closeTag
            ? { title: TITLE, edits: [{ range: { start: extensions.closeTag.start, end: extensions.closeTag.start }, newText: FILTERING_INFO }], kind: 'suggestion' }
            : undefined;
      }
      report({
        range: (clientAuth ?? filtering ?? block.eapType).nameRange,
        message:
          'The profile enables Entra Conditional Access (`DeviceCompliance/Enabled`), but this EAP-TLS configuration does not restrict the client certificate to the short-lived one Entra ID issues. ' +
          'Microsoft documents that the client then uses whatever valid Client Authentication certificate it finds (for example one from your own CA), and users get the "Oops, you can\'t get to this yet" message again and again. ' +
          `Define \`<EKUMap><EKUName>${CONDITIONAL_ACCESS_EKU_NAME}</EKUName><EKUOID>${CONDITIONAL_ACCESS_EKU_OID}</EKUOID></EKUMap>\` in \`TLSExtensions/FilteringInfo/EKUMapping\` and require it in \`<ClientAuthEKUList Enabled="true">\`.`,
        related: host.deviceComplianceEnabled ? [{ range: host.deviceComplianceEnabled.nameRange, message: 'Conditional Access is enabled here' }] : undefined,
        fixes: fix ? [fix] : [],
      });
    }
  },
};
