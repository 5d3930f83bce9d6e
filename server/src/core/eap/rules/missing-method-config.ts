// EapHostConfig needs the method configuration: `Config` or `ConfigBlob` (an xs:choice the catalogue cannot
// express), and for EAP-TLS, PEAP and EAP-MSCHAPv2 the `Config` holds an `Eap` element
// (https://learn.microsoft.com/windows/win32/eaphost/eaphostconfigschema-eaphostconfig-element).
import { SOURCES } from '../../sources';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, kindOfTypeNumber, METHODS, methodTypeElement } from '../methods';
import { NS } from '../namespaces';
import { integerValue } from '../../xml/edits';

export const missingMethodConfigRule: EapRule = {
  id: 'eap/missing-method-config',
  defaultSeverity: 'error',
  title: 'The EAP method configuration (`Config` with its `Eap` element, or `ConfigBlob`) is missing',
  docUrl: SOURCES.eapHostSchema.url,
  fixKinds: [],
  docs: {
    rationale:
      'An `EapHostConfig` names a method in `EapMethod` and then configures it in `Config` (XML) or `ConfigBlob` (binary); the schema requires one of the two. ' +
      "For the Microsoft methods, `Config` holds an `Eap` element with the method's settings. Without them Windows has a method but nothing to configure it with. " +
      'There is no fix: export the configuration from a working Windows VPN connection and paste it whole.',
    wrong: eapDocument(tlsEapType()).replace(/\n {2}<Config [\s\S]*<\/Config>/, ''),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    const root = eap.root;
    if (!root.closed && !root.selfClosing) return; // still being typed
    const config = childIn(root, 'Config', NS.eapHostConfig);
    const blob = childIn(root, 'ConfigBlob', NS.eapHostConfig);
    if (!config && !blob) {
      report({
        range: root.nameRange,
        message:
          '`<EapHostConfig>` has no `<Config>` (or `<ConfigBlob>`) after `<EapMethod>`, so it names a method without configuring it. Export the configuration from a Windows VPN connection (`(Get-VpnConnection -Name …).EapConfigXmlStream.InnerXml`) and paste it complete.',
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
