// Value rules through the rule tester: cases beyond the validators' own unit tests (values/validate.test.ts).
import { eapDocument, tlsEapType } from '../eap/rules/examples';
import { testRule } from '../testing/ruleTester';
import { valueRuleMeta } from './valueRules';

const names = (serverNames: string) => eapDocument(tlsEapType({ serverNames }));

testRule(valueRuleMeta('eap', 'server-names-separator'), {
  valid: [
    { name: 'names separated by ; without spaces', text: names('nps01.corp.example.org;nps02.corp.example.org') },
    { name: 'a regular expression', text: names('nps0[12]\\.corp\\.example\\.org') },
  ],
  invalid: [
    {
      // The corpus's 29: names pasted from a change request, quoted and separated by "; ".
      name: 'quoted names with spaces: the safe fix removes the quotation marks too',
      text: names('"nps01.corp.example.org"; "nps02.corp.example.org"'),
      findings: [
        {
          at: { text: '"', after: '<ServerNames>' },
          severity: 'warning',
          message: 'without quotation marks, separated with `;` and no spaces (`nps01.corp.example.org;nps02.corp.example.org`)',
          fixes: [{ title: 'Change to nps01.corp.example.org;nps02.corp.example.org', kind: 'safe', output: names('nps01.corp.example.org;nps02.corp.example.org') }],
        },
      ],
    },
    {
      name: 'a comma may belong to a regular expression: replacing it is a suggestion',
      text: names('nps01.corp.example.org, nps02.corp.example.org'),
      findings: [
        {
          at: { text: ',', after: '<ServerNames>' },
          message: 'Separate the NPS server names',
          fixes: [{ title: 'Change to nps01.corp.example.org;nps02.corp.example.org', kind: 'suggestion', output: names('nps01.corp.example.org;nps02.corp.example.org') }],
        },
      ],
    },
  ],
});
