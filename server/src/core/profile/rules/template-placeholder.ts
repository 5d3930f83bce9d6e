// The New Profile… templates open with placeholder values that are valid in form (so a new document has no error or
// warning) but never real: names under example.com, reserved for documentation (RFC 2606), a plug-in package whose
// publisher ID is all zeros, an all-zero thumbprint. This rule names each one still in the profile, as information,
// so that none is deployed by mistake. The EAP placeholders are named by eap/template-placeholder.
import { SOURCES } from '../../sources';
import type { TextRange } from '../../types';
import type { XmlElement } from '../../xml/model';
import { isPlaceholderThumbprint } from '../../eap/placeholders';
import { codeSpan } from '../../text/markdown';
import { DNS_DOMAIN_PLACEHOLDER, isPlaceholderName, isPlaceholderPackageFamilyName, PLUGIN_PACKAGE_PLACEHOLDER, VPN_SERVER_PLACEHOLDER } from '../placeholders';
import type { ProfileRule } from '../rule';

/** The items of a list value (separated by any of `separators`), trimmed, with their source ranges. */
function listItems(element: XmlElement, separators: RegExp): { text: string; range: TextRange }[] {
  const raw = element.text.raw;
  const items: { text: string; range: TextRange }[] = [];
  let from = 0;
  for (const part of raw.split(separators)) {
    const text = part.trim();
    if (text) {
      const start = from + part.indexOf(text);
      items.push({ text, range: { start: element.text.offsetAt(start), end: element.text.offsetAt(start + text.length - 1) + 1 } });
    }
    from += part.length + 1;
  }
  return items;
}

/** Where each kind of placeholder may stand, and what to put there instead. */
const NAME_PLACES: readonly { path: string; separators: RegExp; instead: string }[] = [
  { path: 'NativeProfile/Servers', separators: /[,;]/, instead: 'the public name (or address) of your VPN server, as in its certificate' },
  { path: 'PluginProfile/ServerUrlList', separators: /;/, instead: 'the address of your VPN gateway, as your plug-in vendor documents it' },
  { path: 'DnsSuffix', separators: /,/, instead: 'the DNS suffix of your internal network' },
  { path: 'TrustedNetworkDetection', separators: /,/, instead: 'the DNS suffix of your internal network' },
  { path: 'DomainNameInformation/DomainName', separators: /$^/, instead: 'your internal DNS namespace (with a leading dot for the whole namespace)' },
];

export const templatePlaceholder: ProfileRule = {
  id: 'profile/template-placeholder',
  defaultSeverity: 'information',
  title: 'A placeholder from the New Profile template is still in the profile',
  docUrl: SOURCES.rfc2606.url,
  // What goes there is the deployment's own: nothing to fix automatically.
  fixKinds: [],
  docs: {
    rationale:
      'The New Profile… templates open with placeholders where every deployment has its own value: the VPN server, the internal DNS domain, the plug-in app, and (in `DeviceCompliance`) the issuer thumbprint. ' +
      `The placeholders are valid in form, so a new profile has no error or warning, but never real: \`${VPN_SERVER_PLACEHOLDER}\` and \`${DNS_DOMAIN_PLACEHOLDER}\` are under \`example.com\`, a domain reserved for documentation; the plug-in package \`${PLUGIN_PACKAGE_PLACEHOLDER}\` has an all-zero publisher ID; no certificate has the all-zero thumbprint. ` +
      'A profile deployed with them does not reach your own servers. This rule names each placeholder left in the profile, until it is replaced.',
    wrong: `<VPNProfile>\n  <NativeProfile>\n    <Servers>${VPN_SERVER_PLACEHOLDER}</Servers>\n  </NativeProfile>\n</VPNProfile>\n`,
    right: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.contoso.com</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    for (const place of NAME_PLACES) {
      for (const element of profile.elements(place.path)) {
        for (const item of listItems(element, place.separators)) {
          if (!isPlaceholderName(item.text)) continue;
          report({
            range: item.range,
            message: `${codeSpan(item.text)} is a placeholder of the New Profile template (a name reserved for documentation): replace it with ${place.instead}.`,
          });
        }
      }
    }
    for (const element of profile.elements('PluginProfile/PluginPackageFamilyName')) {
      if (!isPlaceholderPackageFamilyName(element.text.trimmed)) continue;
      report({
        range: element.text.range,
        message: `${codeSpan(element.text.trimmed)} is a placeholder of the New Profile template (no app has an all-zero publisher ID): replace it with the package family name of your VPN plug-in app, which \`Get-AppxPackage\` shows as \`PackageFamilyName\`.`,
      });
    }
    for (const element of profile.elements('DeviceCompliance/Sso/IssuerHash')) {
      for (const item of listItems(element, /[,;]/)) {
        if (!isPlaceholderThumbprint(item.text)) continue;
        report({
          range: item.range,
          message:
            'The all-zero thumbprint is a placeholder of the New Profile template: no certificate has it. Replace it with the SHA-1 thumbprint of the CA that issues the certificates for single sign-on.',
        });
      }
    }
  },
};
