import { testRule } from '../../testing/ruleTester';
import { l2tpPskUnused } from './l2tp-psk-unused';
import { nativeWith, userProfile } from './testing';

const PSK = '    <L2tpPsk>secret</L2tpPsk>';

testRule(l2tpPskUnused, {
  valid: [
    { name: 'a pre-shared key with L2TP', text: userProfile(nativeWith('L2TP', PSK)) },
    { name: 'a pre-shared key with Automatic (L2TP may be tried)', text: userProfile(nativeWith('Automatic', PSK)) },
  ],
  invalid: [
    {
      name: 'a pre-shared key with IKEv2: a warning; removing it is a suggestion',
      text: userProfile(nativeWith('IKEv2', PSK)),
      findings: [
        {
          at: { tag: 'L2tpPsk' },
          severity: 'warning',
          message: 'stored in clear text',
          related: [{ tag: 'NativeProtocolType' }],
          fixes: [{ title: 'Remove <L2tpPsk> (the unused pre-shared key)', kind: 'suggestion', output: userProfile(nativeWith('IKEv2')) }],
        },
      ],
    },
  ],
});
