import { testRule } from '../../testing/ruleTester';
import { authentication, deviceProfile, DEVICE_NATIVE, EAP_TLS, userProfile } from '../../profile/rules/testing';
import { invisibleCharacterRule } from './invisible-character';

const servers = (value: string) => deviceProfile(DEVICE_NATIVE.replace('<Servers>vpn.example.net</Servers>', `<Servers>${value}</Servers>`));
const dnsSuffix = (value: string) => userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', `  <DnsSuffix>${value}</DnsSuffix>\n`);

testRule(invisibleCharacterRule, {
  valid: [
    { name: 'a profile without such characters', text: deviceProfile(), noOtherErrors: true },
    { name: 'a byte-order mark at the start of the document is an encoding signature, not a character of the profile', text: `\ufeff${deviceProfile()}`, noOtherErrors: true },
    {
      name: 'a no-break space in free text (the profile name) reads as a space: nothing to say',
      text: userProfile('    <Servers>vpn.example.net</Servers>', '  <ProfileName>Contoso\u00a0VPN</ProfileName>\n'),
    },
    {
      name: "a left-to-right mark copied with a thumbprint is the thumbprint check's to name (eap/invalid-thumbprint), not reported twice",
      text: userProfile(`    <Servers>vpn.example.net</Servers>\n${authentication('      <UserMethod>Eap</UserMethod>', EAP_TLS.replace('<TrustedRootCA>db', '<TrustedRootCA>\u200edb'))}`),
    },
    { name: 'in a comment a character reaches no setting', text: `<!-- vpn\u200b.example.net -->\n${deviceProfile()}` },
  ],
  invalid: [
    {
      name: 'U+200B inside a server name: named at its position; removing it is safe',
      text: servers('vpn\u200b.example.net'),
      noOtherErrors: true,
      findings: [
        {
          at: '\u200b',
          severity: 'error',
          message: 'U+200B ZERO WIDTH SPACE in the value of `<Servers>`: it cannot be seen, but Windows reads it as part of the value.',
          fixes: [{ title: 'Remove U+200B ZERO WIDTH SPACE', kind: 'safe', output: servers('vpn.example.net') }],
        },
      ],
    },
    {
      name: 'a character reference to U+200B is the same character: named at the reference',
      text: servers('vpn&#x200B;.example.net'),
      findings: [{ at: '&#x200B;', message: 'U+200B ZERO WIDTH SPACE', fixes: [{ title: 'Remove U+200B ZERO WIDTH SPACE', kind: 'safe', output: servers('vpn.example.net') }] }],
    },
    {
      name: 'a soft hyphen inside a DNS suffix: removing it is safe',
      text: dnsSuffix('corp.exam\u00adple.net'),
      findings: [{ at: '\u00ad', message: 'U+00AD SOFT HYPHEN', fixes: [{ title: 'Remove U+00AD SOFT HYPHEN', kind: 'safe', output: dnsSuffix('corp.example.net') }] }],
    },
    {
      name: 'no-break spaces at the end of a value: removing them keeps the value as written (safe); one finding for the run',
      text: servers('vpn.example.net\u00a0\u00a0'),
      findings: [
        {
          at: '\u00a0\u00a0',
          message: '2 × U+00A0 NO-BREAK SPACE in the value of `<Servers>`: they look like spaces',
          fixes: [{ title: 'Remove 2 × U+00A0 NO-BREAK SPACE', kind: 'safe', output: servers('vpn.example.net') }],
        },
      ],
    },
    {
      name: 'a no-break space after a list separator is removed safely',
      text: servers('vpn1.example.net,\u00a0vpn2.example.net'),
      findings: [{ at: '\u00a0', message: 'U+00A0 NO-BREAK SPACE', fixes: [{ title: 'Remove U+00A0 NO-BREAK SPACE', kind: 'safe', output: servers('vpn1.example.net,vpn2.example.net') }] }],
    },
    {
      name: 'a no-break space inside a value may stand for a space or for nothing: both repairs are suggestions',
      text: dnsSuffix('corp\u00a0example.net'),
      findings: [
        {
          at: '\u00a0',
          message: 'Remove it, or make it an ordinary space if a space belongs there.',
          fixes: [
            { title: 'Remove U+00A0 NO-BREAK SPACE', kind: 'suggestion', output: dnsSuffix('corpexample.net') },
            { title: 'Replace U+00A0 NO-BREAK SPACE with a space', kind: 'suggestion', output: dnsSuffix('corp example.net') },
          ],
        },
      ],
    },
    {
      name: 'a bidirectional override inside a value: the text shows another order, so removing it is a suggestion',
      text: servers('vpn.\u202eten.elpmaxe'),
      findings: [{ at: '\u202e', message: 'U+202E RIGHT-TO-LEFT OVERRIDE', fixes: [{ title: 'Remove U+202E RIGHT-TO-LEFT OVERRIDE', kind: 'suggestion', output: servers('vpn.ten.elpmaxe') }] }],
    },
    {
      name: 'U+FEFF inside a namespace: the namespace is not the EAP one; removing it is safe',
      text: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig\ufeff"></EapHostConfig>\n',
      findings: [
        {
          at: '\ufeff',
          message: 'U+FEFF ZERO WIDTH NO-BREAK SPACE in the namespace declaration `xmlns`',
          fixes: [{ title: 'Remove U+FEFF ZERO WIDTH NO-BREAK SPACE', kind: 'safe', output: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"></EapHostConfig>\n' }],
        },
      ],
    },
    {
      name: 'a zero-width space in an element name makes the name invalid; removing it is safe',
      text: deviceProfile().replace('<AlwaysOn>', '<Always\u200bOn>'),
      findings: [
        {
          at: '\u200b',
          message: 'U+200B ZERO WIDTH SPACE in the element name `<Always\\u200bOn>`: XML does not allow it in a name',
          fixes: [{ title: 'Remove U+200B ZERO WIDTH SPACE', kind: 'safe', output: deviceProfile() }],
        },
      ],
    },
    {
      name: 'no-break spaces indenting an element: text where none belongs; made ordinary spaces (safe)',
      text: deviceProfile().replace('  <DeviceTunnel>', '\u00a0\u00a0<DeviceTunnel>'),
      findings: [
        {
          at: '\u00a0\u00a0',
          message: 'between the elements of `<VPNProfile>`',
          fixes: [{ title: 'Replace 2 × U+00A0 NO-BREAK SPACE with spaces', kind: 'safe', output: deviceProfile() }],
        },
      ],
    },
    {
      name: 'a zero-width space in free text is only a note',
      text: userProfile('    <Servers>vpn.example.net</Servers>', '  <ProfileName>Contoso\u200bVPN</ProfileName>\n'),
      findings: [
        {
          at: '\u200b',
          severity: 'information',
          message: 'it cannot be seen, and Windows keeps it as part of the text',
          fixes: [{ title: 'Remove U+200B ZERO WIDTH SPACE', kind: 'suggestion', output: userProfile('    <Servers>vpn.example.net</Servers>', '  <ProfileName>ContosoVPN</ProfileName>\n') }],
        },
      ],
    },
  ],
});
