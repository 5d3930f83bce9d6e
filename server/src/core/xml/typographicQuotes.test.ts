// xml/typographic-quotes: reported by the parser, tested through the analysis as every rule is.
import { XML_RULES } from '../rules/xmlRules';
import { testRule } from '../testing/ruleTester';

const EAP = (open: string, close: string) => `<EapHostConfig xmlns=${open}http://www.microsoft.com/provisioning/EapHostConfig${close}></EapHostConfig>\n`;
const RIGHT = EAP('"', '"');

testRule(XML_RULES['xml/typographic-quotes'], {
  valid: [
    { name: 'straight quotes', text: RIGHT },
    { name: 'typographic quotes inside a value are ordinary characters', text: '<VPNProfile>\n  <ProfileName>Contoso “Main” VPN</ProfileName>\n</VPNProfile>\n' },
  ],
  invalid: [
    {
      name: 'a value between U+201C and U+201D: both named, both replaced by the straight quote (safe)',
      text: EAP('\u201c', '\u201d'),
      findings: [
        {
          at: '\u201c',
          severity: 'error',
          message: 'delimited by U+201C LEFT DOUBLE QUOTATION MARK and U+201D RIGHT DOUBLE QUOTATION MARK, typographic quotation marks',
          related: ['\u201d'],
          fixes: [{ title: 'Replace the typographic quotation marks with "', kind: 'safe', output: RIGHT }],
        },
      ],
    },
    {
      name: 'opened with U+201D (as some fonts do) and closed with the straight quote',
      text: EAP('\u201d', '"'),
      findings: [
        { at: '\u201d', message: 'U+201D RIGHT DOUBLE QUOTATION MARK, a typographic quotation mark', fixes: [{ title: 'Replace the typographic quotation mark with "', kind: 'safe', output: RIGHT }] },
      ],
    },
    {
      name: 'opened with the straight quote and closed with U+201D',
      text: EAP('"', '\u201d'),
      findings: [{ at: '\u201d', message: 'ends with U+201D RIGHT DOUBLE QUOTATION MARK', fixes: [{ title: 'Replace U+201D RIGHT DOUBLE QUOTATION MARK with "', kind: 'safe', output: RIGHT }] }],
    },
    {
      name: 'single typographic quotes',
      text: EAP('\u2018', '\u2019'),
      findings: [{ at: '\u2018', related: ['\u2019'], fixes: [{ title: "Replace the typographic quotation marks with '", kind: 'safe', output: EAP("'", "'") }] }],
    },
  ],
});
