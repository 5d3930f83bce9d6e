// xml/replacement-character: U+FFFD REPLACEMENT CHARACTER stands where bytes could not be decoded. Either the file's
// bytes are not in the encoding it was read with (then the CLI says which bytes), or it was saved after such a loss
// and the character that was there is gone. Windows reads U+FFFD as part of the value.
// Unicode: U+FFFD "used to replace an incoming character whose value is unknown or unrepresentable"
// (https://www.unicode.org/charts/PDF/UFFF0.pdf).
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { placeOf } from '../place';
import type { XmlTextRule } from '../rule';
import { findCharacters, joinRuns, nameCharacters } from '../scan';

export const replacementCharacterRule: XmlTextRule = {
  id: 'xml/replacement-character',
  defaultSeverity: 'warning',
  title: 'U+FFFD REPLACEMENT CHARACTER: a character that could not be decoded',
  docUrl: SOURCES.unicodeSpecials.url,
  fixKinds: [],
  docs: {
    rationale:
      'U+FFFD REPLACEMENT CHARACTER (shown as �) is what a program puts where bytes could not be decoded: a file saved in Windows-1252 and read as UTF-8, or the reverse. ' +
      'Either the file is read with the wrong encoding (reopen it in the encoding it was saved in, or declare that encoding), or the text was already saved with the replacement and the original character is lost: retype it. ' +
      'Windows reads U+FFFD as part of the value, so a name or value holding it is not the one that was meant. There is no fix: what the character was cannot be known.',
    wrong: '<VPNProfile>\n  <ProfileName>Contoso VPN M\ufffdnchen</ProfileName>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <ProfileName>Contoso VPN München</ProfileName>\n</VPNProfile>\n',
  },
  check(context) {
    const characters = findCharacters(context.text, true).filter((c) => c.cls === 'replacement');
    if (!characters.length) return;
    const undecodable = context.source?.utf8 === 'invalid' && context.source.encoding.charset === 'utf-8';
    const runs = joinRuns(characters, (c) => {
      if (!context.hasTree) return { key: '' };
      const place = placeOf(context.xml, c.start);
      return place.kind === 'comment' ? undefined : { key: '' };
    });
    for (const run of runs) {
      const value = context.hasTree ? placeOf(context.xml, run.start) : undefined;
      const where =
        value?.kind === 'value' || value?.kind === 'between'
          ? ` in ${codeSpan(`<${value.element.name}>`)}`
          : value?.kind === 'attributeValue'
            ? ` in the attribute ${codeSpan(value.attribute.name)}`
            : '';
      const cause = undecodable
        ? 'the file is not valid UTF-8 here, so its bytes could not be decoded: if it was saved in another encoding (Windows-1252, ISO-8859-1), declare that encoding in `<?xml … encoding="…"?>` or save it as UTF-8'
        : context.standalone && !context.source
          ? 'a character could not be decoded when the file was read or saved: if the editor read it with the wrong encoding, reopen it with the one it was saved in; otherwise the original character is lost and must be retyped'
          : 'a character could not be decoded when this text was read or saved; the original character is lost and must be retyped';
      context.report({
        range: { start: run.start, end: run.end },
        message: `${nameCharacters(run.characters)}${where}: ${cause}. Windows reads it as part of the text.`,
      });
    }
  },
};
