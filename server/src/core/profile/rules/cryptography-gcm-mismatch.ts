// AES-GCM is a combined mode: one transform gives integrity and encryption. For Windows IPsec Microsoft documents
// that "If aesgcm128, aesgcm192, or aesgcm256 is specified, it must be used for both ESP integrity and encryption"
// (netsh advfirewall). CryptographySuite names the two ESP transforms separately (VPNv2 CSP), so they must agree.
import { codeSpan } from '../../text/markdown';
import type { TextEdit } from '../../types';
import { SOURCES } from '../../sources';
import type { XmlElement } from '../../xml/model';
import type { ProfileRule } from '../rule';
import { enumValueOf, enumValuesOf, related } from '../helpers';
import { replaceValue } from '../../xml/edits';

/** Key length of the AES transforms; DES and 3DES count as weaker than any AES-GCM transform. */
const KEY_BITS: Readonly<Record<string, number>> = {
  GCMAES128: 128,
  GCMAES192: 192,
  GCMAES256: 256,
  AES128: 128,
  AES192: 192,
  AES256: 256,
};

export const cryptographyGcmMismatch: ProfileRule = {
  id: 'profile/cryptography-gcm-mismatch',
  defaultSeverity: 'warning',
  title: 'AES-GCM must be used for both the authentication and the cipher transform',
  docUrl: SOURCES.netshAdvfirewall.url,
  // Cryptography is a security setting, and the server must be changed to match: a person decides.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'AES-GCM protects integrity and confidentiality in one transform. For Windows IPsec, Microsoft documents that when an AES-GCM transform is chosen, it must be used for both ESP integrity and ESP encryption. ' +
      'In `<CryptographySuite>` these are `<AuthenticationTransformConstants>` and `<CipherTransformConstants>`, so a GCM value in one needs the same GCM value in the other (and the same policy on the VPN server). ' +
      'The suggested value is never weaker than either one written: a 256-bit AES cipher leads to `GCMAES256`, not `GCMAES128`.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <CryptographySuite>\n      <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>\n      <CipherTransformConstants>AES128</CipherTransformConstants>\n    </CryptographySuite>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <CryptographySuite>\n      <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>\n      <CipherTransformConstants>GCMAES128</CipherTransformConstants>\n    </CryptographySuite>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const auth = profile.element('NativeProfile/CryptographySuite/AuthenticationTransformConstants');
    const cipher = profile.element('NativeProfile/CryptographySuite/CipherTransformConstants');
    if (!auth || !cipher) return;
    // Unknown values (including `None`, which the CSP does not list here) are the catalogue's to report.
    const authValue = enumValueOf(auth, enumValuesOf(profile.specs.specOf(auth)) ?? [])?.value;
    const cipherValue = enumValueOf(cipher, enumValuesOf(profile.specs.specOf(cipher)) ?? [])?.value;
    if (!authValue || !cipherValue || authValue === cipherValue) return;
    const authGcm = authValue.startsWith('GCMAES');
    if (!authGcm && !cipherValue.startsWith('GCMAES')) return;
    const [gcm, other] = authGcm ? [auth, cipher] : [cipher, auth];
    const bits = Math.max(KEY_BITS[authValue] ?? 0, KEY_BITS[cipherValue] ?? 0);
    const target = `GCMAES${bits}`;
    const edits: TextEdit[] = [];
    const changed: XmlElement[] = [];
    for (const [element, value] of [
      [auth, authValue],
      [cipher, cipherValue],
    ] as const) {
      if (value === target) continue;
      edits.push(replaceValue(element, target));
      changed.push(element);
    }
    report({
      range: other.text.range,
      message:
        `\`<${gcm.localName}>\` is ${codeSpan(gcm.text.trimmed)} but \`<${other.localName}>\` is ${codeSpan(other.text.trimmed)}. ` +
        'AES-GCM gives integrity and encryption in one transform, and for Windows IPsec Microsoft documents that a GCM transform must be used for both. ' +
        `Use ${codeSpan(target)} in both elements, and the same policy on the VPN server.`,
      related: [related(gcm, 'the GCM transform')],
      fixes: [{ title: changed.length === 1 ? `Change <${changed[0].localName}> to ${target}` : `Use ${target} for both transforms`, edits, kind: 'suggestion' }],
    });
  },
};
