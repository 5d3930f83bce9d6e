// EapHostConfig needs the method configuration: `Config` or `ConfigBlob` (an xs:choice the catalogue cannot
// express), and for EAP-TLS, PEAP and EAP-MSCHAPv2 the `Config` holds an `Eap` element.
import type { EapRule } from '../rule';
import { EAP_DOCS } from '../catalogue';
import { childIn, kindOfTypeNumber, METHODS, methodTypeElement, integerValue } from '../methods';
import { NS } from '../namespaces';

export const missingMethodConfigRule: EapRule = {
  id: 'eap/missing-method-config',
  defaultSeverity: 'error',
  title: 'The EAP method configuration (`Config` with its `Eap` element, or `ConfigBlob`) is missing',
  docUrl: EAP_DOCS.win32 + 'eaphostconfigschema-eaphostconfig-element',
  check({ eap, report }) {
    const root = eap.root;
    if (!root.closed && !root.selfClosing) return; // still being typed
    const config = childIn(root, 'Config', NS.eapHostConfig);
    const blob = childIn(root, 'ConfigBlob', NS.eapHostConfig);
    if (!config && !blob) {
      report({
        range: root.nameRange,
        message: '`<EapHostConfig>` has no `<Config>` (or `<ConfigBlob>`) after `<EapMethod>`, so it names a method without configuring it. Export the configuration from a Windows VPN connection (`(Get-VpnConnection -Name …).EapConfigXmlStream.InnerXml`) and paste it complete.',
      });
      return;
    }
    if (!config || (!config.closed && !config.selfClosing)) return;
    const kind = kindOfTypeNumber(integerValue(methodTypeElement(eap)));
    // An `Eap` in another namespace is reported by eap/element-namespace or eap/unknown-namespace.
    if (!kind || config.child('Eap')) return;
    report({
      range: config.nameRange,
      message: `\`<Config>\` holds no \`<Eap>\` element (namespace \`${NS.baseEap}\`) with the ${METHODS[kind].label} settings, so Windows has nothing to configure the method with. Export the configuration from a Windows VPN connection and paste it complete.`,
    });
  },
};
