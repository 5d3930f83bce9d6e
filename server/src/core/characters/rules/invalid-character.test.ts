import { userProfile } from '../../profile/rules/testing';
import { testRule } from '../../testing/ruleTester';
import { invalidCharacterRule } from './invalid-character';

const named = (value: string) => userProfile('    <Servers>vpn.example.net</Servers>', `  <ProfileName>${value}</ProfileName>\n`);

testRule(invalidCharacterRule, {
  valid: [
    { name: 'tab, line feed and carriage return are allowed', text: named('Contoso\tVPN').replace(/\n/g, '\r\n') },
    { name: "a character reference to a control character is the parser's to report (xml/invalid-character-reference)", text: named('Contoso&#1;VPN') },
  ],
  invalid: [
    {
      name: "U+000B (Word's manual line break) inside a value: named; removing it is a suggestion, since it may stand for a space",
      text: named('Contoso\u000bVPN'),
      findings: [
        {
          at: '\u000b',
          severity: 'error',
          message: 'U+000B LINE TABULATION in the value of `<ProfileName>`: XML does not allow this character in a document, so Windows cannot read the profile.',
          fixes: [{ title: 'Remove U+000B LINE TABULATION', kind: 'suggestion', output: named('ContosoVPN') }],
        },
      ],
    },
    {
      name: 'control characters between elements mean nothing: one finding for the run, removed safely',
      text: named('Contoso VPN').replace('  <ProfileName>', '\u001b\u0000  <ProfileName>'),
      findings: [
        {
          at: '\u001b\u0000',
          message: 'U+001B ESCAPE and U+0000 NULL between the elements of `<VPNProfile>`: XML does not allow these characters',
          fixes: [{ title: 'Remove U+001B ESCAPE and U+0000 NULL', kind: 'safe', output: named('Contoso VPN') }],
        },
      ],
    },
    {
      name: 'in a comment: removed safely',
      text: `<!-- note\u0007 -->\n${named('Contoso VPN')}`,
      findings: [{ at: '\u0007', message: 'U+0007 ALERT in a comment', fixes: [{ title: 'Remove U+0007 ALERT', kind: 'safe', output: `<!-- note -->\n${named('Contoso VPN')}` }] }],
    },
    {
      name: 'half a surrogate pair is named as such',
      text: named('Contoso \ud83dVPN'),
      findings: [{ at: '\ud83d', message: 'U+D83D (half of a surrogate pair) in the value of `<ProfileName>`' }],
    },
  ],
});
