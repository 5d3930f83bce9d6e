import { testRule } from '../../testing/ruleTester';
import { escapeXmlText } from './escaped-testing';
import { escapedEapConfigurationRule } from './escaped-eap-configuration';
import { EAP_TLS, nativeWith, authentication, userProfile } from './testing';

const profile = (configuration: string) => userProfile(nativeWith('IKEv2', authentication('      <UserMethod>Eap</UserMethod>', configuration)));

testRule(escapedEapConfigurationRule, {
  valid: [
    { name: 'the EapHostConfig element, as Windows exports it', text: profile(EAP_TLS) },
    { name: 'an empty Configuration (profile/empty-eap-configuration)', text: profile('') },
    { name: 'plain text that is not EAP (profile/unexpected-text)', text: profile('paste here') },
  ],
  invalid: [
    {
      // The corpus's 35: the EAP escaped the way the separate …/Eap/Configuration CSP node takes it.
      name: 'escaped EAP: one warning on the text, no stray-text error; writing it as XML is a suggestion',
      text: profile(escapeXmlText(EAP_TLS)),
      noOtherErrors: true,
      findings: [
        {
          at: { content: 'Configuration' },
          severity: 'warning',
          message: 'whether Windows accepts it inside ProfileXML is not documented. Write the `<EapHostConfig>` as XML',
          fixes: [{ title: 'Write the EapHostConfig as XML (unescape it)', kind: 'suggestion', output: profile(EAP_TLS) }],
        },
      ],
    },
  ],
});
