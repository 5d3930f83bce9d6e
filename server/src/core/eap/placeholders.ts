// The values the New Profile… templates and the EAP snippets put where every deployment has its own: the NPS server
// names and the root CA thumbprint. They are valid in form, so that a new document has no error or warning, and
// never real: the names are under example.com (reserved for documentation, RFC 2606) and no certificate has the
// all-zero SHA-1 thumbprint. `eap/template-placeholder` names each one left unchanged.
import { parseThumbprint } from '../values/thumbprint';

/** NPS server names in `ServerNames` (`;`-separated). */
export const NPS_SERVER_NAMES_PLACEHOLDER = 'nps1.corp.example.com;nps2.corp.example.com';

/** The root CA thumbprint in `TrustedRootCA`, written as Windows exports thumbprints (byte pairs, a trailing space). */
export const ROOT_CA_THUMBPRINT_PLACEHOLDER = '00 '.repeat(20);

const NPS_SERVER_NAMES = new Set(NPS_SERVER_NAMES_PLACEHOLDER.split(';'));

/** True for a name of the NPS placeholder list (exactly as the template writes it, in any case). */
export function isPlaceholderServerName(name: string): boolean {
  return NPS_SERVER_NAMES.has(name.trim().toLowerCase());
}

/** True for a SHA-1 thumbprint of twenty zero bytes, however it is spaced. */
export function isPlaceholderThumbprint(text: string): boolean {
  const hex = parseThumbprint(text).hex;
  return hex !== undefined && hex.length === 40 && /^0+$/.test(hex);
}
