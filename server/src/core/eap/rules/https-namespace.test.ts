import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, peapEapType, profileDocument, tlsEapType } from './examples';
import { httpsNamespaceRule } from './https-namespace';

const https = (namespace: string) => namespace.replace('http:', 'https:');
const good = eapDocument(tlsEapType());
const embedded = profileDocument(eapDocument(tlsEapType()));

testRule(httpsNamespaceRule, {
  valid: [
    { name: 'http:// namespaces', text: good },
    { name: 'PEAP-TLS with every namespace right', text: eapDocument(peapEapType(), { methodType: 25 }) },
    {
      name: 'an https namespace that is also misspelt is left to eap/unknown-namespace',
      text: good.replace(`xmlns="${NS.tlsV1}"`, 'xmlns="https://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV9"'),
    },
    {
      name: 'an https written with a character reference is not edited at its offsets',
      text: good.replace(`<Type xmlns="${NS.eapCommon}">`, `<Type xmlns="http&#x73;://www.microsoft.com/provisioning/EapCommon">`),
    },
  ],
  invalid: [
    {
      name: 'an https EapCommon namespace is an error with a safe https -> http fix',
      text: good.replace(`<Type xmlns="${NS.eapCommon}">`, `<Type xmlns="${https(NS.eapCommon)}">`),
      findings: [
        {
          at: https(NS.eapCommon),
          severity: 'error',
          message: 'is not the namespace of the EAP schema',
          fixes: [{ title: 'Change https:// to http://', kind: 'safe', output: good }],
        },
      ],
    },
    {
      name: 'a prefixed declaration is checked too, once per xmlns attribute, and the elements under it cause no other error',
      text: good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${https(NS.tlsV1)}" xmlns:x="${https(NS.tlsV2)}">`),
      noOtherErrors: true,
      findings: [
        {
          at: https(NS.tlsV1),
          fixes: [{ title: 'Change https:// to http://', kind: 'safe', output: good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${NS.tlsV1}" xmlns:x="${https(NS.tlsV2)}">`) }],
        },
        {
          at: https(NS.tlsV2),
          fixes: [{ title: 'Change https:// to http://', kind: 'safe', output: good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${https(NS.tlsV1)}" xmlns:x="${NS.tlsV2}">`) }],
        },
      ],
    },
    {
      name: 'embedded in ProfileXML: reported and fixed at the document offset of the EapHostConfig namespace',
      text: embedded.replace(`<EapHostConfig xmlns="${NS.eapHostConfig}">`, `<EapHostConfig xmlns="${https(NS.eapHostConfig)}">`),
      findings: [{ at: https(NS.eapHostConfig), fixes: [{ title: 'Change https:// to http://', kind: 'safe', output: embedded }] }],
    },
  ],
});
