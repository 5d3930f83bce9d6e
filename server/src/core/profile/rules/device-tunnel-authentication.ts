// A device tunnel authenticates the machine with its certificate only: `<MachineMethod>Certificate</MachineMethod>`,
// no user method and no EAP (vpn-device-tunnel-config.md: "You must enable machine certificate authentication";
// VPNv2 CSP MachineMethod allowed value `Certificate`; practitioner sample "Only machine certificate authentication is supported").
import { DOCS } from '../../rules/rule';
import type { ProfileRule } from '../rule';
import { insertFirstChild, related, removeElement, replaceValue, valueOrNameRange } from '../helpers';

export const deviceTunnelAuthentication: ProfileRule = {
  id: 'profile/device-tunnel-authentication',
  defaultSeverity: 'error',
  title: 'A device tunnel must authenticate with the machine certificate only',
  docUrl: DOCS.deviceTunnel,
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    const authentication = profile.element('NativeProfile/Authentication');
    if (!profile.isDeviceTunnel || !deviceTunnel || !authentication) return;
    const isDevice = related(deviceTunnel, 'the profile is a device tunnel here');
    for (const name of ['UserMethod', 'Eap'] as const) {
      for (const element of authentication.childrenNamed(name)) {
        report({
          range: element.nameRange,
          message:
            name === 'UserMethod'
              ? 'A device tunnel connects before anyone signs in, so it has no user authentication: remove `<UserMethod>` and keep `<MachineMethod>Certificate</MachineMethod>`.'
              : 'A device tunnel does not use EAP: it authenticates with the computer certificate over IKEv2. Remove `<Eap>` and keep `<MachineMethod>Certificate</MachineMethod>`.',
          related: [isDevice],
          fixes: [{ title: `Remove \`<${name}>\``, edits: [removeElement(profile.text, element)], kind: 'safe' }],
        });
      }
    }
    const machine = authentication.child('MachineMethod');
    if (!machine) {
      report({
        range: authentication.nameRange,
        message: 'A device tunnel authenticates with the computer certificate: add `<MachineMethod>Certificate</MachineMethod>`.',
        related: [isDevice],
        fixes: [{ title: 'Add `<MachineMethod>Certificate</MachineMethod>`', edits: [insertFirstChild(profile.text, authentication, '<MachineMethod>Certificate</MachineMethod>')], kind: 'safe' }],
      });
    } else if (machine.text.trimmed !== 'Certificate') {
      report({
        range: valueOrNameRange(machine),
        message: `A device tunnel authenticates with the computer certificate: \`<MachineMethod>\` must be \`Certificate\`, not \`${machine.text.trimmed}\`.`,
        related: [isDevice],
        fixes: [{ title: 'Change to `Certificate`', edits: [replaceValue(machine, 'Certificate')], kind: 'safe' }],
      });
    }
  },
};
