import { testRule } from '../../testing/ruleTester';
import { eapDocument, peapEapType, profileDocument } from './examples';
import { quarantineChecksRule } from './quarantine-checks';

const TITLE = 'Set EnableQuarantineChecks to false';
const peap = (enableQuarantineChecks?: string) => eapDocument(peapEapType({ enableQuarantineChecks }), { methodType: 25 });

testRule(quarantineChecksRule, {
  valid: [{ name: 'false', text: peap() }],
  invalid: [
    {
      name: 'EnableQuarantineChecks true: information with a suggestion to false',
      text: peap('true'),
      findings: [
        {
          at: { text: 'true', after: '<EnableQuarantineChecks>' },
          severity: 'information',
          message: 'Network Access Protection platform is not available from Windows 10 on',
          fixes: [{ title: TITLE, kind: 'suggestion', output: peap() }],
        },
      ],
    },
    {
      name: 'embedded: reported inside the profile',
      text: profileDocument(peap('1')),
      findings: [{ at: { text: '1', after: '<EnableQuarantineChecks>' }, fixes: [{ title: TITLE, kind: 'suggestion', output: profileDocument(peap()) }] }],
    },
  ],
});
