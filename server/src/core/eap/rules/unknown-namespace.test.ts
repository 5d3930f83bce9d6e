import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, peapEapType, profileDocument, tlsEapType } from './examples';
import { unknownNamespaceRule } from './unknown-namespace';

const FILTERING = `<FilteringInfo xmlns="${NS.tlsV3}"><AllPurposeEnabled>false</AllPurposeEnabled></FilteringInfo>`;
const good = eapDocument(tlsEapType());
const withFiltering = eapDocument(tlsEapType({ filteringInfo: FILTERING }));
const peapInProfile = profileDocument(eapDocument(peapEapType(), { methodType: 25 }));
const V4 = 'http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV4';
const HTTPS_TYPO = 'https://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV';
const PEAP_V22 = 'http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV22';

testRule(unknownNamespaceRule, {
  valid: [
    {
      name: 'known namespaces (including TTLS, TEAP and the win32 BaseEapMethodConfig) and foreign ones',
      text: good.replace(
        `<EapHostConfig xmlns="${NS.eapHostConfig}">`,
        `<EapHostConfig xmlns="${NS.eapHostConfig}" xmlns:a="${NS.baseEapMethodConfig}" xmlns:b="${NS.ttls}" xmlns:c="${NS.teap}" xmlns:d="http://www.example.com/vendor">`,
      ),
      noOtherErrors: true,
    },
    { name: 'an https spelling of a known namespace is left to eap/https-namespace', text: good.replace(`xmlns="${NS.tlsV1}"`, `xmlns="${NS.tlsV1.replace('http:', 'https:')}"`) },
  ],
  invalid: [
    {
      name: 'a version that does not exist: the namespace that defines the element, as a suggestion',
      text: withFiltering.replace(NS.tlsV3, V4),
      findings: [
        {
          at: V4,
          severity: 'error',
          message: `Did you mean \`${NS.tlsV3}\`?`,
          fixes: [{ title: `Change to ${NS.tlsV3}`, kind: 'suggestion', output: withFiltering }],
        },
      ],
    },
    {
      name: 'a letter-case difference has one reading: explained, and fixed safely',
      text: good.replace(`<Type xmlns="${NS.eapCommon}">`, '<Type xmlns="http://www.microsoft.com/provisioning/eapcommon">'),
      findings: [
        {
          at: 'http://www.microsoft.com/provisioning/eapcommon',
          message: 'case-sensitive',
          fixes: [{ title: `Change to ${NS.eapCommon}`, kind: 'safe', output: good }],
        },
      ],
    },
    {
      name: 'a missing www. has one reading too',
      text: good.replace(`<Type xmlns="${NS.eapCommon}">`, '<Type xmlns="http://microsoft.com/provisioning/EapCommon">'),
      findings: [{ at: 'http://microsoft.com/provisioning/EapCommon', fixes: [{ title: `Change to ${NS.eapCommon}`, kind: 'safe', output: good }] }],
    },
    {
      name: 'an https namespace with a typo is reported here; of V1, V2 and V3 only V1 defines EapType',
      text: good.replace(`<EapType xmlns="${NS.tlsV1}">`, `<EapType xmlns="${HTTPS_TYPO}">`),
      findings: [{ at: HTTPS_TYPO, fixes: [{ title: `Change to ${NS.tlsV1}`, kind: 'suggestion', output: good }] }],
    },
    {
      name: 'a prefixed declaration names no element: every nearest namespace is offered, nearest version first',
      text: good.replace(`<EapHostConfig xmlns="${NS.eapHostConfig}">`, `<EapHostConfig xmlns="${NS.eapHostConfig}" xmlns:t="${V4}">`),
      findings: [
        {
          at: V4,
          message: `Did you mean \`${NS.tlsV3}\` or \`${NS.tlsV2}\` or \`${NS.tlsV1}\`?`,
          fixes: [NS.tlsV3, NS.tlsV2, NS.tlsV1].map((namespace) => ({
            title: `Change to ${namespace}`,
            kind: 'suggestion' as const,
            output: good.replace(`<EapHostConfig xmlns="${NS.eapHostConfig}">`, `<EapHostConfig xmlns="${NS.eapHostConfig}" xmlns:t="${namespace}">`),
          })),
        },
      ],
    },
    {
      name: 'embedded: a typo in the PEAP V2 namespace is reported and fixed at its document offset',
      text: peapInProfile.replace(`<AcceptServerName xmlns="${NS.peapV2}">`, `<AcceptServerName xmlns="${PEAP_V22}">`),
      findings: [{ at: PEAP_V22, fixes: [{ title: `Change to ${NS.peapV2}`, kind: 'suggestion', output: peapInProfile }] }],
    },
    {
      name: 'a URI with no near known namespace gets no fix',
      text: good.replace(`<Type xmlns="${NS.eapCommon}">`, '<Type xmlns="http://www.microsoft.com/provisioning/SomethingElseEntirely">'),
      findings: [{ at: 'http://www.microsoft.com/provisioning/SomethingElseEntirely', message: 'exactly as Windows exports it', fixes: [] }],
    },
  ],
});
