import { testRule } from '../../testing/ruleTester';
import { mschapv2Ikev2 } from './mschapv2-ikev2';
import { authentication, nativeWith, userProfile } from './testing';

const MSCHAP = authentication('      <UserMethod>MSChapv2</UserMethod>', undefined);

testRule(mschapv2Ikev2, {
  valid: [
    { name: 'MSChapv2 with SSTP', text: userProfile(nativeWith('SSTP', MSCHAP)) },
    { name: 'MSChapv2 with Automatic (other protocols may connect)', text: userProfile(nativeWith('Automatic', MSCHAP)) },
  ],
  invalid: [
    {
      name: 'MSChapv2 with IKEv2: an error pointing at the protocol',
      text: userProfile(nativeWith('IKEv2', MSCHAP)),
      findings: [{ at: { content: 'UserMethod' }, severity: 'error', message: 'not supported with IKEv2', related: [{ tag: 'NativeProtocolType' }], fixes: [] }],
    },
  ],
});
