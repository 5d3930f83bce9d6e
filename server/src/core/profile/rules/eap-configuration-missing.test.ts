import { testRule } from '../../testing/ruleTester';
import { eapConfigurationMissing } from './eap-configuration-missing';
import { authentication, deviceProfile, EAP_TLS, nativeWith, userProfile } from './testing';

testRule(eapConfigurationMissing, {
  valid: [
    { name: 'EAP with a configuration', text: userProfile(nativeWith('IKEv2', authentication('      <UserMethod>Eap</UserMethod>\n      <MachineMethod>Eap</MachineMethod>', EAP_TLS))) },
    { name: 'machine certificate authentication', text: userProfile(nativeWith('IKEv2', authentication('      <MachineMethod>Certificate</MachineMethod>', undefined))) },
    { name: 'a device tunnel (its own rule covers it)', text: deviceProfile(nativeWith('IKEv2', authentication('      <MachineMethod>Eap</MachineMethod>', undefined))) },
  ],
  invalid: [
    {
      name: 'UserMethod EAP without an Eap block: an error on the method',
      text: userProfile(nativeWith('IKEv2', authentication('      <UserMethod>Eap</UserMethod>', undefined))),
      findings: [{ at: { content: 'UserMethod' }, severity: 'error', message: 'EapConfigXmlStream.InnerXml', fixes: [] }],
    },
    {
      name: 'MachineMethod EAP alone needs the Eap block too',
      text: userProfile(nativeWith('IKEv2', authentication('      <MachineMethod>EAP</MachineMethod>', undefined))),
      findings: [{ at: { content: 'MachineMethod' }, severity: 'error' }],
    },
  ],
});
