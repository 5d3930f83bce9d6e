import { testRule } from '../../testing/ruleTester';
import { emptyEapConfiguration } from './empty-eap-configuration';
import { authentication, EAP_TLS, nativeWith, userProfile } from './testing';

const USER = '      <UserMethod>Eap</UserMethod>';

testRule(emptyEapConfiguration, {
  valid: [
    { name: 'a Configuration with the exported EapHostConfig', text: userProfile(nativeWith('IKEv2', authentication(USER, EAP_TLS))) },
    {
      name: 'an unclosed Configuration still being typed',
      text: userProfile(nativeWith('IKEv2', `    <Authentication>\n${USER}\n      <Eap>\n        <Configuration>\n      </Eap>\n    </Authentication>`)),
    },
  ],
  invalid: [
    {
      name: 'an empty Configuration (only a comment): an error that says how to export the EAP XML',
      text: userProfile(nativeWith('IKEv2', authentication(USER, '\n          <!-- paste here -->\n        '))),
      findings: [{ at: { tag: 'Configuration' }, severity: 'error', message: /<EapHostConfig>.*EapConfigXmlStream\.InnerXml/, fixes: [] }],
    },
    {
      name: 'a self-closing Configuration is empty too',
      text: userProfile(nativeWith('IKEv2', `    <Authentication>\n${USER}\n      <Eap>\n        <Configuration/>\n      </Eap>\n    </Authentication>`)),
      findings: [{ at: { tag: 'Configuration' }, severity: 'error' }],
    },
  ],
});
