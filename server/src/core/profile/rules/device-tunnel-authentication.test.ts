import { testRule } from '../../testing/ruleTester';
import { deviceTunnelAuthentication } from './device-tunnel-authentication';
import { DEVICE_NATIVE, deviceProfile, EAP_TLS, userProfile } from './testing';

const EAP = `      <Eap>\n        <Configuration>${EAP_TLS}</Configuration>\n      </Eap>`;
const withUserAndEap = DEVICE_NATIVE.replace('      <MachineMethod>Certificate</MachineMethod>', `      <UserMethod>Eap</UserMethod>\n      <MachineMethod>Certificate</MachineMethod>\n${EAP}`);
const userTunnel = (native: string) => deviceProfile(native).replace('<DeviceTunnel>true</DeviceTunnel>', '<DeviceTunnel>false</DeviceTunnel>');
const eapSize = EAP.trimStart().length.toLocaleString('en-US');

testRule(deviceTunnelAuthentication, {
  valid: [
    { name: 'a device tunnel with machine certificate authentication', text: deviceProfile() },
    // One rule of case: the catalogue matches enum values without case (profile/enum-case offers the documented spelling).
    { name: 'MachineMethod in another letter case', text: deviceProfile(DEVICE_NATIVE.replace('<MachineMethod>Certificate</MachineMethod>', '<MachineMethod>certificate</MachineMethod>')) },
    {
      name: 'a user tunnel with EAP',
      text: userProfile('    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <UserMethod>Eap</UserMethod>\n      <MachineMethod>Eap</MachineMethod>\n    </Authentication>'),
    },
  ],
  invalid: [
    {
      name: 'UserMethod and Eap in a device tunnel: errors; removing either, or making a user tunnel, are suggestions',
      text: deviceProfile(withUserAndEap),
      findings: [
        {
          at: { tag: 'UserMethod' },
          severity: 'error',
          message: 'has no user authentication',
          related: [{ tag: 'DeviceTunnel' }],
          fixes: [
            { title: 'Remove <UserMethod>', kind: 'suggestion', output: deviceProfile(withUserAndEap.replace('      <UserMethod>Eap</UserMethod>\n', '')) },
            { title: 'Change <DeviceTunnel> to false (make it a user tunnel)', kind: 'suggestion', output: userTunnel(withUserAndEap) },
          ],
        },
        {
          at: { tag: 'Eap' },
          severity: 'error',
          message: 'with the EAP configuration inside it',
          related: [{ tag: 'DeviceTunnel' }],
          fixes: [
            { title: `Remove <Eap> and the EAP configuration inside it (EAP type 13, ${eapSize} characters)`, kind: 'suggestion', output: deviceProfile(withUserAndEap.replace(`\n${EAP}`, '')) },
            { title: 'Change <DeviceTunnel> to false (make it a user tunnel)', kind: 'suggestion', output: userTunnel(withUserAndEap) },
          ],
        },
      ],
    },
    {
      name: 'an empty Eap block: the title gives its size',
      text: deviceProfile(DEVICE_NATIVE.replace('</MachineMethod>', '</MachineMethod>\n      <Eap/>')),
      findings: [
        {
          at: { tag: 'Eap' },
          fixes: [
            { title: 'Remove <Eap> and the EAP configuration inside it (6 characters)', kind: 'suggestion', output: deviceProfile() },
            { title: 'Change <DeviceTunnel> to false (make it a user tunnel)', kind: 'suggestion', output: userTunnel(DEVICE_NATIVE.replace('</MachineMethod>', '</MachineMethod>\n      <Eap/>')) },
          ],
        },
      ],
    },
    {
      name: 'MachineMethod other than Certificate: changing it is a suggestion',
      text: deviceProfile(DEVICE_NATIVE.replace('<MachineMethod>Certificate</MachineMethod>', '<MachineMethod>Eap</MachineMethod>')),
      findings: [
        {
          at: { content: 'MachineMethod' },
          severity: 'error',
          message: 'not `Eap`',
          related: [{ tag: 'DeviceTunnel' }],
          fixes: [{ title: 'Change to Certificate', kind: 'suggestion', output: deviceProfile() }],
        },
      ],
    },
    {
      name: 'a missing MachineMethod: adding it is a suggestion',
      text: deviceProfile(DEVICE_NATIVE.replace('      <MachineMethod>Certificate</MachineMethod>\n', '')),
      findings: [
        {
          at: { tag: 'Authentication' },
          severity: 'error',
          fixes: [{ title: 'Add <MachineMethod>Certificate</MachineMethod>', kind: 'suggestion', output: deviceProfile() }],
        },
      ],
    },
  ],
});
