import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, profileDocument, tlsEapType } from './examples';
import { missingMethodConfigRule } from './missing-method-config';

const METHOD_ONLY = `<EapHostConfig xmlns="${NS.eapHostConfig}"><EapMethod><Type xmlns="${NS.eapCommon}">13</Type><AuthorId xmlns="${NS.eapCommon}">0</AuthorId></EapMethod></EapHostConfig>`;

testRule(missingMethodConfigRule, {
  valid: [
    { name: 'a complete configuration', text: eapDocument(tlsEapType()) },
    { name: 'a ConfigBlob', text: METHOD_ONLY.replace('</EapMethod>', `</EapMethod><ConfigBlob xmlns="${NS.eapHostConfig}">00</ConfigBlob>`) },
    {
      name: 'a Config with third-party content for another method',
      text: METHOD_ONLY.replace('>13<', '>21<').replace('</EapMethod>', `</EapMethod><Config xmlns="${NS.eapHostConfig}"><EapTtls xmlns="${NS.ttls}"/></Config>`),
    },
    { name: 'an EapHostConfig still being typed', text: `<EapHostConfig xmlns="${NS.eapHostConfig}"><EapMethod><Type xmlns="${NS.eapCommon}">13</Type></EapMethod>` },
  ],
  invalid: [
    {
      name: 'an EapHostConfig with only EapMethod: an error at the root name',
      text: METHOD_ONLY,
      findings: [{ at: { start: 1, end: 14 }, severity: 'error', message: 'has no `<Config>`', fixes: [] }],
    },
    {
      name: 'a Config without Eap for EAP-TLS: reported at Config',
      text: METHOD_ONLY.replace('</EapMethod>', `</EapMethod><Config xmlns="${NS.eapHostConfig}"></Config>`),
      findings: [{ at: { text: 'Config', after: '</EapMethod><' }, message: 'with the EAP-TLS settings' }],
    },
    {
      name: 'embedded: reported at the embedded root',
      text: profileDocument(METHOD_ONLY),
      findings: [{ at: { text: 'EapHostConfig', after: '<Configuration>' } }],
    },
  ],
});
