import { testRule } from '../../testing/ruleTester';
import { mschapv2BlastRadius } from './mschapv2-blast-radius';
import { authentication, EAP_TLS, nativeWith, userProfile } from './testing';

testRule(mschapv2BlastRadius, {
  valid: [{ name: 'EAP user authentication', text: userProfile(nativeWith('SSTP', authentication('      <UserMethod>Eap</UserMethod>', EAP_TLS))) }],
  invalid: [
    {
      name: 'MSChapv2 user authentication: a warning about Blast-RADIUS',
      text: userProfile(nativeWith('SSTP', authentication('      <UserMethod>MSChapv2</UserMethod>', undefined))),
      findings: [{ at: { content: 'UserMethod' }, severity: 'warning', message: 'CVE-2024-3596', fixes: [] }],
    },
  ],
});
