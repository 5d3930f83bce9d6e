import { userProfile } from '../../profile/rules/testing';
import { testRule } from '../../testing/ruleTester';
import { decodeText } from '../../text/encoding';
import { describeSource, type SourceEncoding } from '../source';
import { encodingMismatchRule } from './encoding-mismatch';

const body = userProfile('    <Servers>vpn.example.net</Servers>', '  <ProfileName>Contoso’s VPN</ProfileName>\n');
const declared = (label: string) => `<?xml version="1.0" encoding="${label}"?>\n${body}`;

/** What `aovpn check` knows after reading these bytes. */
function sourceOf(bytes: Uint8Array): SourceEncoding {
  return describeSource(bytes, decodeText(bytes));
}
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

testRule(encodingMismatchRule, {
  valid: [
    { name: 'UTF-8 declared, UTF-8 bytes', text: declared('UTF-8'), options: { source: sourceOf(utf8(declared('UTF-8'))) } },
    { name: 'UTF-16 declared, UTF-16 bytes', text: declared('UTF-16'), options: { source: sourceOf(utf16le(declared('UTF-16'))) } },
    { name: 'in the editor, ISO-8859-1 declared and every character in it', text: declared('ISO-8859-1').replace('’', "'") },
    { name: 'in the editor, UTF-16 declared: the text alone cannot tell (the editor decoded it)', text: declared('UTF-16') },
  ],
  invalid: [
    {
      name: 'the CLI read a UTF-16 byte-order mark but UTF-8 is declared: declaring UTF-16 is safe',
      text: declared('UTF-8'),
      options: { source: sourceOf(utf16le(declared('UTF-8'))) },
      findings: [
        {
          at: 'UTF-8',
          severity: 'warning',
          message: 'contradicts the file, which starts with a UTF-16LE byte-order mark',
          fixes: [{ title: 'Declare UTF-16', kind: 'safe', output: declared('UTF-16') }],
        },
      ],
    },
    {
      name: 'the CLI read bytes without zero bytes but UTF-16 is declared: they are UTF-8 (safe)',
      text: declared('UTF-16'),
      options: { source: sourceOf(utf8(declared('UTF-16'))) },
      findings: [{ at: 'UTF-16', message: 'it has no byte-order mark and no zero bytes, so it is not UTF-16 but UTF-8', fixes: [{ title: 'Declare UTF-8', kind: 'safe', output: declared('UTF-8') }] }],
    },
    {
      name: 'in the editor, a character ISO-8859-1 cannot hold proves the text is not in it: declaring UTF-8 is a suggestion',
      text: declared('ISO-8859-1'),
      findings: [
        {
          at: 'ISO-8859-1',
          message: 'the text holds U+2019 RIGHT SINGLE QUOTATION MARK, which ISO-8859-1 cannot represent',
          related: ['’'],
          fixes: [{ title: 'Declare UTF-8', kind: 'suggestion', output: declared('UTF-8') }],
        },
      ],
    },
  ],
});
