// xml/invalid-character: characters XML 1.0 does not allow anywhere in a document: the C0 control characters other
// than tab, line feed and carriage return, half a surrogate pair, U+FFFE and U+FFFF
// (https://www.w3.org/TR/xml/#charsets, production Char). An XML parser stops at the first one, so Windows cannot
// read the profile at all. Written as a character reference (`&#1;`) the parser reports it
// (xml/invalid-character-reference); this rule reports the characters written raw.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import type { FixKind } from '../../types';
import { placeOf, type CharacterPlace } from '../place';
import type { XmlTextRule } from '../rule';
import { findCharacters, joinRuns, nameCharacters } from '../scan';

interface Treatment {
  readonly key: string;
  readonly where: string;
  /** Undefined: no fix (the place is the parser's to report, or unknown). */
  readonly fix?: FixKind;
}

export const invalidCharacterRule: XmlTextRule = {
  id: 'xml/invalid-character',
  defaultSeverity: 'error',
  title: 'A character XML does not allow (a control character, half a surrogate pair, U+FFFE or U+FFFF)',
  docUrl: `${SOURCES.xml.url}#charsets`,
  fixKinds: ['safe', 'suggestion'],
  docs: {
    rationale:
      'XML 1.0 allows tab, line feed and carriage return but no other control character below U+0020, no half of a surrogate pair and neither U+FFFE nor U+FFFF, anywhere in a document. ' +
      "An XML parser stops at the first one, so Windows rejects the whole profile, whatever the character was meant to be. They arrive with text pasted from word processors (U+000B LINE TABULATION is Word's manual line break), terminals (U+001B ESCAPE) or binary tools (U+0000 NULL). " +
      'Each is named at its position. Between elements and in comments a control character has no meaning, so removing it is safe; inside a name or a value it may stand for a line break, a space or nothing, so removing it there is a suggestion to check.',
    wrong: '<VPNProfile>\n  <ProfileName>Contoso\u000bVPN</ProfileName>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <ProfileName>Contoso VPN</ProfileName>\n</VPNProfile>\n',
  },
  check(context) {
    const characters = findCharacters(context.text, false).filter((c) => c.cls === 'forbidden');
    if (!characters.length) return;
    const runs = joinRuns(characters, (c): Treatment | undefined => (context.hasTree ? treat(placeOf(context.xml, c.start)) : { key: '', where: '' }));
    for (const run of runs) {
      const { where, fix } = run.treatment;
      const named = nameCharacters(run.characters);
      context.report({
        range: { start: run.start, end: run.end },
        message: `${named}${where}: XML does not allow ${run.characters.length > 1 ? 'these characters' : 'this character'} in a document, so Windows cannot read the profile.`,
        fixes: fix ? [{ title: `Remove ${named}`, edits: [{ range: { start: run.start, end: run.end }, newText: '' }], kind: fix }] : undefined,
      });
    }
  },
};

function treat(place: CharacterPlace): Treatment | undefined {
  switch (place.kind) {
    case 'outside':
    case 'tag':
      // The parser reports every character that does not belong there (text outside the root, a stray character in
      // a tag) and names it.
      return undefined;
    case 'comment':
      return { key: 'comment', where: ' in a comment', fix: 'safe' };
    case 'markup':
      return { key: 'markup', where: ' in a processing instruction or DOCTYPE', fix: 'suggestion' };
    case 'between':
      return { key: `between@${place.element.start}`, where: ` between the elements of ${codeSpan(`<${place.element.name}>`)}`, fix: 'safe' };
    case 'elementName':
      return { key: `name@${place.element.start}`, where: ` in the element name ${codeSpan(`<${place.element.name}>`)}`, fix: 'suggestion' };
    case 'attributeName':
      return { key: `name@${place.attribute.nameRange.start}`, where: ` in the attribute name ${codeSpan(place.attribute.name)}`, fix: 'suggestion' };
    case 'attributeValue':
      return { key: `value@${place.attribute.nameRange.start}`, where: ` in the value of the attribute ${codeSpan(place.attribute.name)}`, fix: 'suggestion' };
    case 'value':
      return { key: `value@${place.element.start}`, where: ` in the value of ${codeSpan(`<${place.element.name}>`)}`, fix: 'suggestion' };
  }
}
