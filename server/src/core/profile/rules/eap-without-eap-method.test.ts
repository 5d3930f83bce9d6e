import { testRule } from '../../testing/ruleTester';
import { eapWithoutEapMethod } from './eap-without-eap-method';
import { authentication, EAP_TLS, nativeWith, userProfile } from './testing';

testRule(eapWithoutEapMethod, {
  valid: [
    { name: 'UserMethod EAP', text: userProfile(nativeWith('IKEv2', authentication('      <UserMethod>EAP</UserMethod>', EAP_TLS))) },
    { name: 'MachineMethod Eap', text: userProfile(nativeWith('IKEv2', authentication('      <MachineMethod>Eap</MachineMethod>', EAP_TLS))) },
  ],
  invalid: [
    {
      name: 'an Eap block without any method: adding UserMethod Eap is a suggestion',
      text: userProfile(nativeWith('IKEv2', `    <Authentication>\n      <Eap>\n        <Configuration>${EAP_TLS}</Configuration>\n      </Eap>\n    </Authentication>`)),
      findings: [
        {
          at: { tag: 'Eap' },
          severity: 'warning',
          message: 'has no `<UserMethod>`',
          fixes: [{ title: 'Add <UserMethod>Eap</UserMethod>', kind: 'suggestion', output: userProfile(nativeWith('IKEv2', authentication('      <UserMethod>Eap</UserMethod>', EAP_TLS))) }],
        },
      ],
    },
    {
      name: 'an Eap block with UserMethod MSChapv2: a warning pointing at the method, no fix',
      text: userProfile(nativeWith('SSTP', authentication('      <UserMethod>MSChapv2</UserMethod>', EAP_TLS))),
      findings: [{ at: { tag: 'Eap' }, severity: 'warning', message: 'is `MSChapv2`', related: [{ tag: 'UserMethod' }], fixes: [] }],
    },
  ],
});
