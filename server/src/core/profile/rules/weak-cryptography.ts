// Weak algorithms in the IKEv2/IPsec policy and in DataEncryption. Which values are weak is recorded in the
// catalogue (`weak` on each EnumValue, with its reason): Microsoft keeps DES, MD5 and DH group 1 "for backward
// compatibility only" (netsh advfirewall), and practitioners call Windows' IKEv2 defaults weak
// (https://github.com/richardhicks/aovpn/blob/master/ProfileXML_User.xml).
import { codeSpan } from '../../text/markdown';
import type { XmlElement } from '../../xml/model';
import type { ProfileRule } from '../rule';
import { cspSection, enumValueOf, enumValuesOf } from '../helpers';

export const weakCryptography: ProfileRule = {
  id: 'profile/weak-cryptography',
  defaultSeverity: 'warning',
  title: 'A weak cryptographic algorithm or encryption level',
  docUrl: cspSection('deviceprofilenamenativeprofilecryptographysuite'),
  // A stronger algorithm must match the VPN server's policy: a person chooses it.
  fixKinds: [],
  docs: {
    rationale:
      '`<CryptographySuite>` sets the algorithms of the IKEv2 and IPsec negotiation, and `<DataEncryption>` how much encryption the connection requires. ' +
      "Some values are weak: Microsoft keeps DES, MD5 and Diffie-Hellman group 1 for backward compatibility only and recommends against them; practitioners call Windows' IKEv2 defaults (3DES, SHA-1, Diffie-Hellman group 2) extremely weak; `None` and `Optional` data encryption allow a connection without encryption. " +
      'A stronger value needs the same policy on the VPN server, so no change is made automatically.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <CryptographySuite>\n      <DHGroup>Group2</DHGroup>\n    </CryptographySuite>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <CryptographySuite>\n      <DHGroup>Group14</DHGroup>\n    </CryptographySuite>\n  </NativeProfile>\n</VPNProfile>\n',
  },
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
        message: `${codeSpan(value.value)} in \`<${element.localName}>\` is weak: ${value.weak} ${advice}`,
      });
    }
  },
};
