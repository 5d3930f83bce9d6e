// EAP XML written as escaped text inside ProfileXML (`<Configuration>&lt;EapHostConfig …&gt;…</Configuration>`).
// The ProfileXML XSD types Configuration as holding the EapHostConfig element (q1:EapHostConfig), and Microsoft's
// samples embed it as XML; only the separate CSP node …/Eap/Configuration takes HTML-encoded XML. Whether Windows
// accepts the escaped form inside ProfileXML is not documented. The analysis reads the escaped EAP as an EAP unit of
// its own (positions mapped), so this rule reports only the form. Writing it as XML keeps every setting; it is a
// suggestion because it restructures the element.
import { escapedEapConfiguration } from '../../eap/embedding';
import { SOURCES } from '../../sources';
import type { ProfileRule } from '../rule';

export const escapedEapConfigurationRule: ProfileRule = {
  id: 'profile/escaped-eap-configuration',
  defaultSeverity: 'warning',
  title: 'EAP configuration written as escaped text inside ProfileXML instead of the `<EapHostConfig>` element',
  docUrl: `${SOURCES.vpnv2Csp.url}#profilexml-xsd-schema`,
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      "Inside ProfileXML, `<Eap><Configuration>` holds the exported `<EapHostConfig>` as XML: the ProfileXML XSD types it so, and Microsoft's sample profiles write it that way. " +
      'The HTML-encoded form (`&lt;EapHostConfig …`) is what the separate CSP node `…/Eap/Configuration` takes when the EAP settings are sent on their own; Microsoft does not document whether Windows accepts it inside ProfileXML. ' +
      'The EAP settings inside are still checked, with findings at their place in the escaped text. The fix writes the configuration as XML; it restructures the element, so it is a suggestion.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <UserMethod>Eap</UserMethod>\n      <Eap>\n        <Configuration>&lt;EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"&gt;&lt;EapMethod&gt;&lt;Type xmlns="http://www.microsoft.com/provisioning/EapCommon"&gt;13&lt;/Type&gt;&lt;AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon"&gt;0&lt;/AuthorId&gt;&lt;/EapMethod&gt;&lt;/EapHostConfig&gt;</Configuration>\n      </Eap>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n    <Authentication>\n      <UserMethod>Eap</UserMethod>\n      <Eap>\n        <Configuration><EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type><AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId></EapMethod></EapHostConfig></Configuration>\n      </Eap>\n    </Authentication>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    for (const configuration of profile.elements('NativeProfile/Authentication/Eap/Configuration')) {
      if (!escapedEapConfiguration(configuration)) continue;
      const value = configuration.text;
      report({
        range: value.range,
        message:
          "The EAP configuration is written as escaped text (`&lt;EapHostConfig …`). In ProfileXML, `<Configuration>` holds the `<EapHostConfig>` element itself (ProfileXML XSD), as Windows exports it and Microsoft's samples write it; " +
          'the escaped form is what the separate CSP node `…/Eap/Configuration` takes, and whether Windows accepts it inside ProfileXML is not documented. Write the `<EapHostConfig>` as XML. The EAP settings inside are checked where they are written.',
        fixes: [{ title: 'Write the EapHostConfig as XML (unescape it)', edits: [{ range: value.range, newText: value.trimmed }], kind: 'suggestion' }],
      });
    }
  },
};
