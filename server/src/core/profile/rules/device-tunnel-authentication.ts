// A device tunnel authenticates the computer with its certificate: Microsoft's device tunnel guide requires machine
// certificate authentication, and the VPNv2 CSP lists `Certificate` as the only MachineMethod ("only supported in
// IKEv2"). The practitioner device sample says "Only machine certificate authentication is supported".
// Every fix changes authentication, or deletes an EAP configuration the administrator may have meant for a user
// tunnel (issue 9), so each one is a suggestion, and making the profile a user tunnel is offered beside removal.
import { codeSpan } from '../../text/markdown';
import { SOURCES } from '../../sources';
import type { Fix } from '../../types';
import type { XmlElement } from '../../xml/model';
import { findPath } from '../../xml/query';
import type { ProfileRule } from '../rule';
import { insertFirstChild, related, removeElement, valueOrNameRange } from '../helpers';
import { replaceValue } from '../../xml/edits';

export const deviceTunnelAuthentication: ProfileRule = {
  id: 'profile/device-tunnel-authentication',
  defaultSeverity: 'error',
  title: 'A device tunnel must authenticate with the machine certificate only',
  docUrl: SOURCES.deviceTunnel.url,
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      "A device tunnel connects before anyone signs in, so there is no user to authenticate: Microsoft's device tunnel guide requires machine certificate authentication, and the VPNv2 CSP lists `Certificate` as the only `<MachineMethod>`, supported with IKEv2. " +
      "Practitioners' device tunnel samples state that machine certificate authentication is the only method the device tunnel supports. " +
      'A `<UserMethod>` or an `<Eap>` block in a device tunnel often means the profile was meant as a user tunnel, so the fixes offer both ways out and never delete an EAP configuration without saying so.',
    wrong:
      '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <Authentication>\n      <MachineMethod>Eap</MachineMethod>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <DeviceTunnel>true</DeviceTunnel>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <NativeProtocolType>IKEv2</NativeProtocolType>\n    <Authentication>\n      <MachineMethod>Certificate</MachineMethod>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    const authentication = profile.element('NativeProfile/Authentication');
    if (!profile.isDeviceTunnel || !deviceTunnel || !authentication) return;
    const isDevice = related(deviceTunnel, 'the profile is a device tunnel here');
    const userTunnel: Fix = { title: 'Change <DeviceTunnel> to false (make it a user tunnel)', edits: [replaceValue(deviceTunnel, 'false')], kind: 'suggestion' };
    for (const user of authentication.childrenNamed('UserMethod')) {
      report({
        range: user.nameRange,
        message:
          'A device tunnel connects before anyone signs in, so it has no user authentication: remove `<UserMethod>` and keep `<MachineMethod>Certificate</MachineMethod>`. If this profile is meant as a user tunnel, set `<DeviceTunnel>` to `false` instead.',
        related: [isDevice],
        fixes: [{ title: 'Remove <UserMethod>', edits: [removeElement(profile.text, user)], kind: 'suggestion' }, userTunnel],
      });
    }
    for (const eap of authentication.childrenNamed('Eap')) {
      report({
        range: eap.nameRange,
        message:
          'A device tunnel authenticates the computer with its machine certificate over IKEv2; it has no user to run EAP for. Remove `<Eap>` (with the EAP configuration inside it) and keep `<MachineMethod>Certificate</MachineMethod>`. If this profile is meant as a user tunnel, set `<DeviceTunnel>` to `false` instead.',
        related: [isDevice],
        fixes: [{ title: `Remove <Eap> and the EAP configuration inside it (${eapSummary(eap)})`, edits: [removeElement(profile.text, eap)], kind: 'suggestion' }, userTunnel],
      });
    }
    const machine = authentication.child('MachineMethod');
    if (!machine) {
      report({
        range: authentication.nameRange,
        message: 'A device tunnel authenticates with the computer certificate: add `<MachineMethod>Certificate</MachineMethod>`.',
        related: [isDevice],
        fixes: [{ title: 'Add <MachineMethod>Certificate</MachineMethod>', edits: [insertFirstChild(profile.text, authentication, '<MachineMethod>Certificate</MachineMethod>')], kind: 'suggestion' }],
      });
    } else if (profile.enumValue(machine) !== 'Certificate') {
      report({
        range: valueOrNameRange(machine),
        message: `A device tunnel authenticates with the computer certificate: \`<MachineMethod>\` must be \`Certificate\`, not ${codeSpan(machine.text.trimmed)}.`,
        related: [isDevice],
        fixes: [{ title: 'Change to Certificate', edits: [replaceValue(machine, 'Certificate')], kind: 'suggestion' }],
      });
    }
  },
};

/** What removing an `<Eap>` block deletes, for the fix title: its EAP method type and its size. */
function eapSummary(eap: XmlElement): string {
  const type = findPath(eap, 'Configuration/EapHostConfig/EapMethod/Type')?.text.trimmed;
  const size = `${(eap.end - eap.start).toLocaleString('en-US')} characters`;
  return type && /^\d+$/.test(type) ? `EAP type ${type}, ${size}` : size;
}
