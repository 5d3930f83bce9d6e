import { userProfile } from '../../profile/rules/testing';
import { testRule } from '../../testing/ruleTester';
import { replacementCharacterRule } from './replacement-character';

const named = (value: string) => userProfile('    <Servers>vpn.example.net</Servers>', `  <ProfileName>${value}</ProfileName>\n`);

testRule(replacementCharacterRule, {
  valid: [{ name: 'accented letters decoded correctly', text: named('Contoso VPN München') }],
  invalid: [
    {
      name: 'U+FFFD in a value: what was there cannot be known, so there is no fix',
      text: named('Contoso VPN M\ufffdnchen'),
      findings: [{ at: '\ufffd', severity: 'warning', message: 'U+FFFD REPLACEMENT CHARACTER in `<ProfileName>`', fixes: [] }],
    },
  ],
});
