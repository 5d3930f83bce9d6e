// Weak algorithms in the IKEv2/IPsec policy and in DataEncryption. Which values are weak is recorded in the
// catalogue (`weak` on each EnumValue, with the reason and its source: Windows keeps DES, MD5 and DH group 1 only for
// backward compatibility; practitioners measure Windows' IKEv2 defaults as 3DES, SHA-1 and DH group 2 and recommend
// at least AES128, SHA-256 and DH group 14).
import type { ProfileRule } from '../rule';
import type { XmlElement } from '../../xml/model';
import { enumValueOf, enumValuesOf } from '../helpers';

export const weakCryptography: ProfileRule = {
  id: 'profile/weak-cryptography',
  defaultSeverity: 'warning',
  title: 'A weak cryptographic algorithm or encryption level',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamenativeprofilecryptographysuite',
  check({ profile, report }) {
    const candidates: XmlElement[] = [...(profile.element('NativeProfile/CryptographySuite')?.elements() ?? []), ...profile.root.childrenNamed('DataEncryption')];
    for (const element of candidates) {
      const value = enumValueOf(element, enumValuesOf(profile.specs.specOf(element)) ?? []);
      if (!value?.weak) continue;
      const advice =
        element.localName === 'DataEncryption'
          ? 'Use `Require` or `Max`.'
          : 'Choose a stronger value (for example AES-GCM, SHA-256 or better, DH group 14, ECP256 or ECP384) and configure the same policy on the VPN server.';
      report({
        range: element.text.range,
        message: `\`${value.value}\` in \`<${element.localName}>\` is weak: ${value.weak} ${advice}`,
      });
    }
  },
};
