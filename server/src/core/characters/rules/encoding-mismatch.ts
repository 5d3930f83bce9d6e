// xml/encoding-mismatch: the XML declaration names an encoding the file is not in. XML 1.0 makes that a fatal error
// for a processor that reads the bytes (https://www.w3.org/TR/xml/#charencoding, section 4.3.3), so whether it
// matters depends on how the profile travels: a program that reads the file itself follows the byte-order mark or
// the declaration and may refuse or misread it, while Intune and the WMI bridge receive the profile as text.
// What can be said depends on what is known: the CLI read the bytes (byte-order mark, zero bytes, UTF-8 validity);
// an editor hands over text only, so there the only certain contradiction is a character the declared encoding
// cannot hold.
import { SOURCES } from '../../sources';
import { charsetLabel, charsetOfLabel, encodeText } from '../../text/encoding';
import { codeSpan } from '../../text/markdown';
import { describeCharacter } from '../../text/unicodeNames';
import type { Fix, FixKind, TextRange } from '../../types';
import type { XmlTextRule } from '../rule';

const DECLARATION = /^\uFEFF?<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([^"'<>]*)\1/;

const CONSEQUENCE =
  'XML makes a document that is not in the encoding it declares a fatal error, so a program that reads the file itself may refuse it or misread its non-ASCII characters. Tools that take the profile as text (Intune, the WMI bridge) ignore the declaration.';

export const encodingMismatchRule: XmlTextRule = {
  id: 'xml/encoding-mismatch',
  defaultSeverity: 'warning',
  title: 'The XML declaration names an encoding the file is not in',
  docUrl: `${SOURCES.xml.url}#charencoding`,
  fixKinds: ['safe', 'suggestion'],
  docs: {
    rationale:
      'The `encoding` of the XML declaration must name the encoding the file is saved in; XML 1.0 makes a mismatch a fatal error for a processor that reads the bytes. It happens when a profile declared `UTF-8` is saved by Windows PowerShell\'s `Out-File` (UTF-16 with a byte-order mark), when .NET writes `encoding="utf-16"` into text that is then saved as UTF-8, or when an editor saves as UTF-8 a file that declares ISO-8859-1. ' +
      'Whether it breaks a deployment depends on the way the profile travels, which the tool cannot see: Intune and the WMI bridge take the profile as text and ignore the declaration; programs that load the file do not. ' +
      '`aovpn check` knows the bytes: when a byte-order mark or the zero bytes of UTF-16 show the encoding, or when bytes without zero bytes cannot be UTF-16, declaring what the file is keeps every character and is safe; when the non-ASCII bytes of a file declared in a legacy encoding are valid UTF-8, declaring UTF-8 is likely right but a guess (a suggestion). ' +
      'In the editor only the text is known: a character that the declared encoding cannot hold proves the text is not in that encoding (declaring UTF-8 is offered as a suggestion).',
    wrong: '<?xml version="1.0" encoding="ISO-8859-1"?>\n<VPNProfile>\n  <ProfileName>Contoso’s VPN</ProfileName>\n</VPNProfile>\n',
    right: '<?xml version="1.0" encoding="UTF-8"?>\n<VPNProfile>\n  <ProfileName>Contoso’s VPN</ProfileName>\n</VPNProfile>\n',
  },
  check(context) {
    if (!context.standalone) return;
    const match = DECLARATION.exec(context.text);
    if (!match) return;
    const label = match[2];
    const labelEnd = match.index + match[0].length - 1;
    const labelRange: TextRange = { start: labelEnd - label.length, end: labelEnd };
    const declared = charsetOfLabel(label);
    const declaredUtf16 = declared !== undefined && declared.startsWith('utf-16');
    const said = codeSpan(`encoding="${label}"`);
    const report = (message: string, fix?: { to: string; kind: FixKind }, related?: { range: TextRange; message: string }) =>
      context.report({
        range: labelRange,
        message,
        fixes: fix ? [declare(labelRange, fix.to, fix.kind)] : undefined,
        related: related ? [related] : undefined,
      });

    const source = context.source;
    if (source) {
      const { encoding } = source;
      if (encoding.charset.startsWith('utf-16')) {
        if (declaredUtf16) return;
        const how = encoding.bom ? `starts with a ${charsetLabel(encoding.charset)} byte-order mark` : `is ${charsetLabel(encoding.charset)} (every other byte is zero)`;
        report(`${said} contradicts the file, which ${how}. ${CONSEQUENCE}`, { to: 'UTF-16', kind: 'safe' });
      } else if (encoding.charset === 'utf-8' && encoding.bom) {
        if (declared === 'utf-8') return;
        report(`${said} contradicts the file, which starts with a UTF-8 byte-order mark. ${CONSEQUENCE}`, { to: 'UTF-8', kind: 'safe' });
      } else if (declaredUtf16) {
        // Without a byte-order mark or zero bytes the bytes cannot be UTF-16; the decoder read them as UTF-8.
        const valid = source.utf8 !== 'invalid';
        report(
          `${said} contradicts the file: it has no byte-order mark and no zero bytes, so it is not UTF-16${valid ? ' but UTF-8' : ''}. ${CONSEQUENCE}`,
          valid ? { to: 'UTF-8', kind: 'safe' } : undefined,
        );
      } else if (encoding.detectedBy === 'declaration' && declared !== undefined && declared !== 'utf-8' && source.utf8 === 'valid') {
        report(
          `${said}, but the file's non-ASCII bytes are valid UTF-8, which text in ${charsetLabel(declared)} almost never is: the file was most likely saved as UTF-8, and read as ${charsetLabel(declared)} its accented letters and symbols come out garbled. ${CONSEQUENCE}`,
          { to: 'UTF-8', kind: 'suggestion' },
        );
      }
      return;
    }

    if (declared === undefined || declared.startsWith('utf-')) return;
    // U+FFFD is a decoding loss, not a character someone wrote: xml/replacement-character reports it.
    const probe = context.text.replace(/\ufffd/g, '?');
    const encoded = encodeText(probe, { charset: declared, bom: false, detectedBy: 'declaration', mixedLineEndings: false });
    if (encoded.ok || encoded.offset === undefined) return;
    const at = encoded.offset;
    const code = context.text.codePointAt(at)!;
    const length = code > 0xffff ? 2 : 1;
    report(
      `${said}, but the text holds ${describeCharacter(code)}, which ${charsetLabel(declared)} cannot represent: the file is not in the encoding it declares (most likely UTF-8). ${CONSEQUENCE}`,
      { to: 'UTF-8', kind: 'suggestion' },
      { range: { start: at, end: at + length }, message: `${describeCharacter(code)} is not in ${charsetLabel(declared)}` },
    );
  },
};

function declare(range: TextRange, to: string, kind: FixKind): Fix {
  return { title: `Declare ${to}`, edits: [{ range, newText: to }], kind };
}
