import { testRule } from '../../testing/ruleTester';
import { eapDocument, innerEap, peapEapType, profileDocument, tlsEapType, type TlsOptions } from './examples';
import { serverValidationPromptRule } from './server-validation-prompt';

const PROMPT = '<DisableUserPromptForServerValidation>';
const TITLE = 'Set DisableUserPromptForServerValidation to true';
const tls = (options: TlsOptions) => eapDocument(tlsEapType(options));

testRule(serverValidationPromptRule, {
  valid: [
    { name: 'true is not reported', text: tls({}) },
    { name: 'PEAP-TLS with the prompt disabled on both levels', text: eapDocument(peapEapType(), { methodType: 25 }) },
    {
      name: 'PEAP-TLS whose inner EAP-TLS prompts, while the outer PEAP does not',
      text: eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ disablePrompt: 'false' })) }), { methodType: 25 }),
    },
    { name: 'validation switched off: nothing to prompt about (eap/server-validation-disabled)', text: tls({ disablePrompt: 'false', performServerValidation: 'false' }) },
  ],
  invalid: [
    {
      name: 'false with ServerNames and TrustedRootCA right: a warning whose fix (a suggestion) sets true',
      text: tls({ disablePrompt: 'false' }),
      findings: [
        {
          at: { text: 'false', after: PROMPT },
          severity: 'warning',
          message: /^EAP-TLS .*Continue connecting\?.*Set it to `true`, as Microsoft recommends/,
          fixes: [{ title: TITLE, kind: 'suggestion', output: tls({}) }],
        },
      ],
    },
    {
      name: 'TrustedRootCA missing: no fix, the message says what to set first (issue 9)',
      text: tls({ disablePrompt: 'false', trustedRootCa: null }),
      findings: [{ at: { text: 'false', after: PROMPT }, message: 'Set `TrustedRootCA` (the SHA-1 thumbprint of the root CA of the NPS certificate) first', fixes: [] }],
    },
    {
      name: 'TrustedRootCA empty and ServerNames empty: both are named, no fix',
      text: tls({ disablePrompt: 'false', trustedRootCa: '', serverNames: '' }),
      findings: [{ at: { text: 'false', after: PROMPT }, message: 'Set `ServerNames` (the NPS server names as in their certificates, separated by `;`) and `TrustedRootCA`', fixes: [] }],
    },
    {
      name: 'a TrustedRootCA that is not a SHA-1 thumbprint: no fix',
      text: tls({ disablePrompt: 'false', trustedRootCa: 'db 52 5d 00' }),
      findings: [{ at: { text: 'false', after: PROMPT }, message: 'a well-formed `TrustedRootCA`', fixes: [] }],
    },
    {
      name: 'ServerNames separated by a comma and a space: no fix',
      text: tls({ disablePrompt: 'false', serverNames: 'nps1.corp.example.net, nps2.corp.example.net' }),
      findings: [{ at: { text: 'false', after: PROMPT }, message: 'a well-formed `ServerNames`', fixes: [] }],
    },
    {
      name: 'PEAP-TLS prompting on both levels: only the outer PEAP is reported',
      text: eapDocument(peapEapType({ disablePrompt: 'false', inner: innerEap(13, tlsEapType({ disablePrompt: 'false' })) }), { methodType: 25 }),
      findings: [
        {
          at: { text: 'false', after: PROMPT },
          message: /^PEAP /,
          fixes: [{ title: TITLE, kind: 'suggestion', output: eapDocument(peapEapType({ inner: innerEap(13, tlsEapType({ disablePrompt: 'false' })) }), { methodType: 25 }) }],
        },
      ],
    },
    {
      name: 'embedded: reported and fixed at the value inside the profile',
      text: profileDocument(tls({ disablePrompt: '0' })),
      findings: [{ at: { text: '0', after: PROMPT }, fixes: [{ title: TITLE, kind: 'suggestion', output: profileDocument(tls({})) }] }],
    },
  ],
});
