import { testRule } from '../../testing/ruleTester';
import { parseWindowsTarget, type WindowsVersion } from '../../windows/versions';
import { requiresNewerWindows } from './requires-newer-windows';
import { nativeWith, userProfile } from './testing';

function target(text: string): WindowsVersion {
  const parsed = parseWindowsTarget(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.version;
}

const base = userProfile(nativeWith('IKEv2'));
const withOuter = (outer: string) => userProfile(nativeWith('IKEv2'), outer);
const FILTER_WITH_DIRECTION = '  <TrafficFilter>\n    <App><Id>%ProgramFiles%\\Contoso\\app.exe</Id></App>\n    <Direction>Outbound</Direction>\n  </TrafficFilter>\n';
const FILTER = '  <TrafficFilter>\n    <App><Id>%ProgramFiles%\\Contoso\\app.exe</Id></App>\n  </TrafficFilter>\n';
const OUTAGE = '  <NetworkOutageTime>0</NetworkOutageTime>\n';
const DISCONNECT = '  <DisableDisconnectButton>true</DisableDisconnectButton>\n';
const COMPLIANCE = '  <DeviceCompliance>\n    <Enabled>true</Enabled>\n  </DeviceCompliance>\n';

testRule(requiresNewerWindows, {
  docsOptions: { targetWindows: target('10 22H2') },
  valid: [
    { name: 'without a target version nothing is reported, whatever the profile uses', text: withOuter(OUTAGE + DISCONNECT + FILTER_WITH_DIRECTION) },
    {
      name: "a target at or above every minimum (11 24H2, also the practitioners' versions)",
      text: withOuter(OUTAGE + DISCONNECT + FILTER_WITH_DIRECTION),
      options: { targetWindows: target('11 24H2') },
    },
    { name: 'a profile of elements Windows 10 1607 knows', text: base, options: { targetWindows: target('10.0.14393') } },
  ],
  invalid: [
    {
      name: 'Direction needs Windows 10 2004: a warning naming the version and the target; removing it is a suggestion',
      text: withOuter(FILTER_WITH_DIRECTION),
      options: { targetWindows: target('10 1909') },
      findings: [
        {
          at: 'Direction',
          severity: 'warning',
          message: '`<Direction>` needs Windows 10 2004 (10.0.19041) or later, as the VPNv2 CSP documents; the target is Windows 10 1909 (10.0.18363).',
          fixes: [{ title: 'Remove <Direction>', kind: 'suggestion', output: withOuter(FILTER) }],
        },
      ],
    },
    {
      name: "documented for Windows 11 21H2 and reported by practitioners from 22H2: on a 21H2 target the practitioners' version is given, labelled",
      text: withOuter(DISCONNECT),
      options: { targetWindows: target('Windows 11 21H2') },
      findings: [
        {
          at: 'DisableDisconnectButton',
          message:
            /^Practitioners report that `<DisableDisconnectButton>` takes effect only from Windows 11 22H2 \(10\.0\.22621\) \(.*; Microsoft documents Windows 11 21H2 \(10\.0\.22000\)\); the target is Windows 11 21H2/,
        },
      ],
    },
    {
      name: 'on a Windows 10 target both versions are named',
      text: withOuter(OUTAGE),
      options: { targetWindows: target('10.0.19045') },
      findings: [
        {
          at: 'NetworkOutageTime',
          message:
            /needs Windows 11 21H2 \(10\.0\.22000\) or later, as the VPNv2 CSP documents; the target is Windows 10 22H2 \(10\.0\.19045\)\. Practitioners report that it takes effect only from Windows 11 24H2 \(10\.0\.26100\)/,
          fixes: [{ title: 'Remove <NetworkOutageTime>', kind: 'suggestion', output: base }],
        },
      ],
    },
    {
      name: 'a value newer than the target: ProtocolList as NativeProtocolType (build 20207)',
      text: userProfile(nativeWith('ProtocolList', '    <ProtocolList>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n    </ProtocolList>')),
      options: { targetWindows: target('10 22H2') },
      findings: [
        { at: { text: 'ProtocolList', occurrence: 0, after: '<NativeProtocolType>' }, message: '`ProtocolList` in `<NativeProtocolType>` needs Windows build 10.0.20207 or later', fixes: [] },
        { at: { tag: 'ProtocolList' }, message: '`<ProtocolList>` needs Windows build 10.0.20207 or later' },
      ],
    },
    {
      name: "SSTP: Microsoft gives no version; the practitioners' Windows 11 is given as theirs",
      text: userProfile(nativeWith('SSTP')),
      options: { targetWindows: target('10 22H2') },
      findings: [{ at: 'SSTP', message: /^Practitioners report that `SSTP` in `<NativeProtocolType>` takes effect only from Windows 11 21H2 .*Microsoft documents no version\)/ }],
    },
    {
      name: 'ProfileXML itself needs Windows 10 1607: on 1511 the root is reported once, not again for each element of the same age',
      text: withOuter(COMPLIANCE),
      options: { targetWindows: target('10 1511') },
      findings: [
        {
          at: 'VPNProfile',
          message: 'ProfileXML (`<VPNProfile>`) needs Windows 10 1607 (10.0.14393) or later, as the VPNv2 CSP documents for its ProfileXML node; the target is Windows 10 1511 (10.0.10586).',
          fixes: [],
        },
      ],
    },
  ],
});
