// The values the New Profile… templates and the profile snippets put where every deployment has its own: the VPN
// server, the internal DNS domain, the plug-in app. They are valid in form, so that a new document has no error or
// warning, and never real: the names are under example.com, reserved for documentation (RFC 2606), and the plug-in's
// publisher ID is all zeros. `profile/template-placeholder` names each one left unchanged. The EAP placeholders
// (NPS names, root CA thumbprint) are in eap/placeholders.ts.

/** `Servers` / `ServerUrlList`: the VPN server's public name. */
export const VPN_SERVER_PLACEHOLDER = 'vpn.example.com';

/** `DnsSuffix` and `TrustedNetworkDetection`: the internal DNS domain. */
export const DNS_DOMAIN_PLACEHOLDER = 'corp.example.com';

/** `PluginPackageFamilyName`: a package family name in the right form that no app has. */
export const PLUGIN_PACKAGE_PLACEHOLDER = 'Example.VpnPlugin_0000000000000';

/** A name (host name, DNS suffix or NRPT namespace with or without its leading dot) that is a template placeholder. */
export function isPlaceholderName(name: string): boolean {
  const normalized = name.trim().toLowerCase().replace(/^\./, '');
  return normalized === VPN_SERVER_PLACEHOLDER || normalized === DNS_DOMAIN_PLACEHOLDER;
}

/** A package family name whose publisher ID is all zeros (no publisher has it), as the plug-in template writes. */
export function isPlaceholderPackageFamilyName(name: string): boolean {
  return /_0{13}$/.test(name.trim());
}
