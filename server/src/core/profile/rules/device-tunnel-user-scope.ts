// The DeviceTunnel node exists only in the device scope (VPNv2 CSP: DeviceTunnel under ./Device/Vendor/MSFT/VPNv2
// only; Microsoft's device tunnel guide creates it from the SYSTEM context). Checked where the document shows the
// scope (profile/deployment.ts): the OMA-URI of the SyncML command, with the profile plain or escaped in `<Data>`, or
// a WMI bridge script that writes a user's profile. A profile on its own shows no scope, and nothing is guessed.
import { codeSpan } from '../../text/markdown';
import type { ProfileRule } from '../rule';
import { cspSection } from '../helpers';
import { scopeEvidence } from '../deployment';

export const deviceTunnelUserScope: ProfileRule = {
  id: 'profile/device-tunnel-user-scope',
  defaultSeverity: 'error',
  title: 'A device tunnel profile sent to the user scope',
  docUrl: cspSection('deviceprofilenamedevicetunnel'),
  // The deployment target is outside the profile and the administrator's to change: no fix.
  fixKinds: [],
  docs: {
    rationale:
      "The VPNv2 CSP documents `DeviceTunnel` for device profiles only: a device tunnel must be written under `./Device/Vendor/MSFT/VPNv2/<name>/ProfileXML` (or, with the WMI bridge, from the SYSTEM context, as Microsoft's device tunnel guide does). " +
      "A SyncML command that sends a device tunnel to `./User/…`, or a WMI bridge script that creates it in a user's context, targets a scope where the setting does not exist. " +
      "The rule looks at the scope only where the document shows it: the SyncML `LocURI` (with the profile written plainly or escaped in `<Data>`), or a script's WMI bridge options.",
    wrong:
      '<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>\n  <Target><LocURI>./User/Vendor/MSFT/VPNv2/Device%20Tunnel/ProfileXML</LocURI></Target>\n  <Data><VPNProfile><DeviceTunnel>true</DeviceTunnel><NativeProfile><Servers>vpn.example.net</Servers></NativeProfile></VPNProfile></Data>\n</Item></Add></Atomic></SyncBody></SyncML>\n',
    right:
      '<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>\n  <Target><LocURI>./Device/Vendor/MSFT/VPNv2/Device%20Tunnel/ProfileXML</LocURI></Target>\n  <Data><VPNProfile><DeviceTunnel>true</DeviceTunnel><NativeProfile><Servers>vpn.example.net</Servers></NativeProfile></VPNProfile></Data>\n</Item></Add></Atomic></SyncBody></SyncML>\n',
  },
  check({ profile, report }) {
    const deviceTunnel = profile.root.child('DeviceTunnel');
    const deployment = profile.deployment;
    if (!profile.isDeviceTunnel || !deviceTunnel || deployment?.scope !== 'user') return;
    report({
      range: deviceTunnel.nameRange,
      message:
        `A device tunnel must be deployed to the device: the \`DeviceTunnel\` setting does not exist under \`./User/Vendor/MSFT/VPNv2\`, and ${scopeEvidence(deployment)}. ` +
        (deployment.via === 'syncml'
          ? 'Use `./Device/Vendor/MSFT/VPNv2/<name>/ProfileXML`.'
          : `Create it from the SYSTEM context without the user context options, as Microsoft's device tunnel guide does.`),
      related: deployment.range ? [{ range: deployment.range, message: `the command targets the user scope (${codeSpan(deployment.evidence)})` }] : undefined,
    });
  },
};
