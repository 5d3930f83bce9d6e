// LockDown in a user-scope profile. Microsoft's VPNv2 CSP page documented the LockDown node as "./Device only profile",
// like DeviceTunnel (2020 edition, in Microsoft's documentation repository; the current reference no longer lists a
// LockDown node at all, only the ProfileXML XSD element). Checked only where the document shows the scope
// (profile/deployment.ts); a profile on its own shows none, and nothing is guessed.
import { codeSpan } from '../../text/markdown';
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';
import { isTrue } from '../helpers';
import { scopeEvidence } from '../deployment';

export const lockdownUserScope: ProfileRule = {
  id: 'profile/lockdown-user-scope',
  defaultSeverity: 'error',
  title: 'A LockDown profile sent to the user scope (LockDown is a device-only setting)',
  docUrl: `${SOURCES.vpnv2Csp2020.url}#vpnv2-profilename-lockdown`,
  // The deployment target is outside the profile and the administrator's to change: no fix.
  fixKinds: [],
  docs: {
    rationale:
      'A LockDown profile takes over the device\'s whole network: it is always on, cannot be disconnected, and without it connected there is no network. Microsoft\'s VPNv2 CSP page documented `LockDown` as a setting of device profiles only ("./Device only profile"), as it does for `DeviceTunnel`; ' +
      'the current page no longer describes a LockDown node of its own, and no Microsoft page describes LockDown for a user profile. ' +
      "A SyncML command that sends a LockDown profile to `./User/…`, or a WMI bridge script that creates it in a user's context, therefore uses it where Microsoft documented it does not exist. The rule looks at the scope only where the document shows it.",
    wrong:
      '<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>\n  <Target><LocURI>./User/Vendor/MSFT/VPNv2/Secure/ProfileXML</LocURI></Target>\n  <Data><VPNProfile><LockDown>true</LockDown><NativeProfile><Servers>vpn.example.net</Servers><NativeProtocolType>IKEv2</NativeProtocolType><Authentication><MachineMethod>Certificate</MachineMethod></Authentication></NativeProfile></VPNProfile></Data>\n</Item></Add></Atomic></SyncBody></SyncML>\n',
    right:
      '<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>\n  <Target><LocURI>./Device/Vendor/MSFT/VPNv2/Secure/ProfileXML</LocURI></Target>\n  <Data><VPNProfile><LockDown>true</LockDown><NativeProfile><Servers>vpn.example.net</Servers><NativeProtocolType>IKEv2</NativeProtocolType><Authentication><MachineMethod>Certificate</MachineMethod></Authentication></NativeProfile></VPNProfile></Data>\n</Item></Add></Atomic></SyncBody></SyncML>\n',
  },
  check({ profile, report }) {
    const lockDown = profile.root.child('LockDown');
    const deployment = profile.deployment;
    if (!lockDown || !isTrue(lockDown) || deployment?.scope !== 'user') return;
    report({
      range: lockDown.nameRange,
      message:
        `Microsoft's VPNv2 CSP page documented \`LockDown\` as a device-only setting ("./Device only profile"), but ${scopeEvidence(deployment)}. ` +
        (deployment.via === 'syncml' ? 'Send the LockDown profile to `./Device/Vendor/MSFT/VPNv2/<name>/ProfileXML`.' : 'Create it from the SYSTEM context without the user context options.'),
      related: deployment.range ? [{ range: deployment.range, message: `the command targets the user scope (${codeSpan(deployment.evidence)})` }] : undefined,
    });
  },
};
