import { testRule } from '../../testing/ruleTester';
import { incompleteCryptographySuite } from './incomplete-cryptography-suite';
import { nativeWith, STRONG_SUITE, userProfile } from './testing';

testRule(incompleteCryptographySuite, {
  valid: [
    { name: 'a complete suite', text: userProfile(nativeWith('IKEv2', STRONG_SUITE)) },
    { name: 'no suite', text: userProfile(nativeWith('IKEv2')) },
  ],
  invalid: [
    {
      name: 'a suite missing values: a warning naming them',
      text: userProfile(nativeWith('IKEv2', STRONG_SUITE.replace('      <PfsGroup>ECP256</PfsGroup>\n', '').replace('      <DHGroup>Group14</DHGroup>\n', ''))),
      findings: [{ at: { tag: 'CryptographySuite' }, severity: 'warning', message: 'lacks `<PfsGroup>`, `<DHGroup>`', fixes: [] }],
    },
  ],
});
