// xml/invisible-character: characters that cannot be seen, or look like an ordinary space, inside names, values and
// between elements. XML keeps them (only U+0020, TAB, CR and LF are whitespace to it), so Windows reads a server
// name, a namespace or an element name with the character inside, and it is not the one the text shows.
// Facts: XML 1.0 (https://www.w3.org/TR/xml/#NT-S for whitespace, #NT-NameChar for names, #charsets for the C1
// controls it discourages); the bidirectional controls: Unicode UAX #9 (https://www.unicode.org/reports/tr9/).
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import type { Fix, FixKind, Severity } from '../../types';
import { isXmlSpace, type XmlElement } from '../../xml/model';
import { characterClass, isInvisibleClass, type CharacterClass } from '../classes';
import { placeOf, type CharacterPlace } from '../place';
import type { XmlTextRule, XmlTextRuleContext } from '../rule';
import { findCharacters, joinRuns, nameCharacters, pronoun, type FoundCharacter, type Run } from '../scan';
import { isFreeText, reportedByThumbprintCheck } from '../values';

type InvisibleClass = Extract<CharacterClass, 'zeroWidth' | 'bidiControl' | 'space' | 'c1Control'>;

/** Of the reported characters, XML 1.0's NameChar production allows these four in names (the others make a name invalid). */
const NAME_CHARACTERS = new Set([0x061c, 0x200c, 0x200d, 0xfeff]);
/** In free text (a profile name, a pre-shared key) joiners and bidirectional marks can belong to the writing. */
const WRITING_CHARACTERS = new Set([0x061c, 0x200c, 0x200d, 0x200e, 0x200f]);
const LIST_SEPARATORS = new Set([0x2c, 0x3b]); // , ;

type Action = 'remove' | 'space';

interface Treatment {
  readonly key: string;
  readonly severity: Severity;
  readonly message: (run: Run<Treatment>, text: string) => string;
  readonly fixes: readonly { readonly action: Action; readonly kind: FixKind }[];
}

export const invisibleCharacterRule: XmlTextRule = {
  id: 'xml/invisible-character',
  defaultSeverity: 'error',
  title: 'An invisible or space-like character inside a name, a value or between elements',
  docUrl: `${SOURCES.xml.url}#NT-S`,
  fixKinds: ['safe', 'suggestion'],
  docs: {
    rationale:
      'Text copied from web pages, chat, e-mail or word processors brings characters that cannot be seen or that look like a space: U+200B ZERO WIDTH SPACE, U+00A0 NO-BREAK SPACE, U+00AD SOFT HYPHEN, U+FEFF inside the text, bidirectional controls. ' +
      'XML treats only the space, tab, carriage return and line feed as whitespace, so Windows reads these characters as part of the name or value: `vpn\u200b.example.net` is not the server `vpn.example.net`, a namespace with one is not the EAP namespace, and most of them are not allowed in an element name at all. ' +
      'Each is named with its Unicode name at its position. Removing an invisible character from a name or a structured value (a DNS name, a URI, a number, a thumbprint) is safe: the value becomes what it already looks like. ' +
      'A space-like character at the start or end of a value, next to a list separator or between elements is removed (or, between elements, made an ordinary space) safely; inside a value it may stand for a space or for nothing, so both repairs are offered as suggestions. ' +
      'Bidirectional controls make text display in another order than the one Windows reads, so what the value "should" be is not visible: removing them is a suggestion. ' +
      'In free text (a profile name) the characters are kept by Windows without harm, and joiners and marks can belong to the writing: only a note is given. ' +
      'Invisible characters in a certificate thumbprint are reported by the thumbprint check (`profile/invalid-thumbprint`, `eap/invalid-thumbprint`), not twice.',
    wrong: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn\u200b.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check(context) {
    if (!context.hasTree) return;
    const { text } = context;
    const characters = findCharacters(text, true).filter((c) => isInvisibleClass(c.cls) && !(c.start === 0 && c.code === 0xfeff && !c.reference));
    if (!characters.length) return;
    const runs = joinRuns(characters, (c) => treat(context, c));
    for (const run of runs) {
      const fixes: Fix[] = run.treatment.fixes.map(({ action, kind }) => ({
        title: action === 'remove' ? `Remove ${nameCharacters(run.characters)}` : `Replace ${nameCharacters(run.characters)} with ${run.characters.length > 1 ? 'spaces' : 'a space'}`,
        edits: [{ range: { start: run.start, end: run.end }, newText: action === 'remove' ? '' : ' '.repeat(run.characters.length) }],
        kind,
      }));
      context.report({ range: { start: run.start, end: run.end }, message: run.treatment.message(run, text), severity: run.treatment.severity, fixes });
    }
  },
};

function treat(context: XmlTextRuleContext, character: FoundCharacter): Treatment | undefined {
  const cls = character.cls as InvisibleClass;
  const place = placeOf(context.xml, character.start);
  switch (place.kind) {
    case 'elementName':
    case 'attributeName':
      // A reference is not expanded in a name: `&#…;` there is a syntax error the parser reports.
      return character.reference ? undefined : nameTreatment(place, character);
    case 'attributeValue': {
      const attribute = place.attribute;
      const isNamespace = attribute.name === 'xmlns' || attribute.prefix === 'xmlns';
      const spec = isNamespace ? undefined : context.specOf(place.element)?.attributes?.find((a) => a.name === attribute.localName)?.value;
      const label = isNamespace ? `the namespace declaration ${codeSpan(attribute.name)}` : `the attribute ${codeSpan(attribute.name)}`;
      const range = attribute.valueRange!;
      if (!isNamespace && isFreeText(spec)) return freeTextTreatment(cls, character, label, place);
      return valueTreatment(cls, character, label, context.text, range.start, range.end, isNamespace ? 'namespace' : 'value', place);
    }
    case 'value': {
      const spec = context.specOf(place.element);
      if (spec && spec.children && !spec.value) return betweenTreatment(cls, place.element, place);
      const value = spec?.value;
      if (reportedByThumbprintCheck(character.code, value)) return undefined; // the thumbprint check names and removes these
      const label = `the value of ${codeSpan(`<${place.element.name}>`)}`;
      if (!spec || isFreeText(value)) return freeTextTreatment(cls, character, label, place);
      return valueTreatment(cls, character, label, context.text, place.element.contentStart, place.element.contentEnd, 'value', place);
    }
    case 'between':
      return betweenTreatment(cls, place.element, place);
    default:
      // Outside the root and inside tags the parser reports what does not belong; comments and processing
      // instructions do not reach Windows' settings.
      return undefined;
  }
}

function placeKey(place: CharacterPlace): string {
  switch (place.kind) {
    case 'elementName':
    case 'value':
    case 'between':
    case 'tag':
      return `${place.kind}@${place.element.start}`;
    case 'attributeName':
    case 'attributeValue':
      return `${place.kind}@${place.attribute.nameRange.start}`;
    default:
      return place.kind;
  }
}

function nameTreatment(place: Extract<CharacterPlace, { kind: 'elementName' | 'attributeName' }>, character: FoundCharacter): Treatment {
  const name = place.kind === 'attributeName' ? place.attribute.name : place.element.name;
  const allowed = NAME_CHARACTERS.has(character.code);
  return {
    key: `${placeKey(place)}:${allowed}`,
    severity: 'error',
    message: (run) => {
      const visible = [...name].filter((c) => !isInvisibleClass(characterClass(c.charCodeAt(0)))).join('');
      const what = place.kind === 'attributeName' ? `the attribute name ${codeSpan(name)}` : `the element name ${codeSpan(`<${name}>`)}`;
      const shown = place.kind === 'attributeName' ? codeSpan(visible) : codeSpan(`<${visible}>`);
      return allowed
        ? `${nameCharacters(run.characters)} in ${what}: invisible, but part of the name, so this is not ${shown}, the name it looks like.`
        : `${nameCharacters(run.characters)} in ${what}: XML does not allow ${pronoun(run.characters)} in a name, so the document is not well-formed and Windows cannot read it. The name looks like ${shown}.`;
    },
    fixes: [{ action: 'remove', kind: 'safe' }],
  };
}

/** What the characters do to a value, for one character or several. */
const EFFECT: Record<InvisibleClass, (several: boolean) => string> = {
  zeroWidth: (several) => (several ? 'they cannot be seen, but Windows reads them as part of the value' : 'it cannot be seen, but Windows reads it as part of the value'),
  space: (several) =>
    several
      ? 'they look like spaces, but XML does not treat them as whitespace, so Windows reads them as part of the value'
      : 'it looks like a space, but XML does not treat it as whitespace, so Windows reads it as part of the value',
  bidiControl: (several) => `${several ? 'they make' : 'it makes'} the text display in another order than the one Windows reads, so the value is not what it looks like`,
  c1Control: (several) =>
    several
      ? 'they are control characters, usually bytes that were decoded with the wrong encoding; Windows reads them as part of the value'
      : 'it is a control character, usually a byte that was decoded with the wrong encoding; Windows reads it as part of the value',
};

function valueTreatment(
  cls: InvisibleClass,
  character: FoundCharacter,
  label: string,
  text: string,
  valueStart: number,
  valueEnd: number,
  kind: 'namespace' | 'value',
  place: CharacterPlace,
): Treatment {
  let fixes: Treatment['fixes'];
  if (cls === 'zeroWidth') fixes = [{ action: 'remove', kind: 'safe' }];
  else if (cls === 'space') {
    fixes = atEdgeOrSeparator(text, character, valueStart, valueEnd)
      ? [{ action: 'remove', kind: 'safe' }]
      : [
          { action: 'remove', kind: 'suggestion' },
          { action: 'space', kind: 'suggestion' },
        ];
  } else fixes = [{ action: 'remove', kind: 'suggestion' }];
  const consequence = kind === 'namespace' ? 'so the namespace is not the one it looks like and the elements in it are not recognised' : '';
  return {
    key: `${placeKey(place)}:${cls}:${fixes.map((f) => f.kind + f.action).join()}`,
    severity: 'error',
    message: (run) => {
      const several = run.characters.length > 1;
      const it = several ? 'them' : 'it';
      const advice =
        cls === 'space' && fixes.length > 1
          ? ` Remove ${it}, or make ${it} ${several ? 'ordinary spaces' : 'an ordinary space'} if a space belongs there.`
          : cls === 'bidiControl'
            ? ` Remove ${it} and check that the value then reads as intended.`
            : cls === 'c1Control'
              ? ` Remove ${it} or retype what was meant, and check the file's encoding.`
              : '';
      return `${nameCharacters(run.characters)} in ${label}: ${EFFECT[cls](several)}${consequence ? `, ${consequence}` : ''}.${advice}`;
    },
    fixes,
  };
}

function betweenTreatment(cls: InvisibleClass, element: XmlElement, place: CharacterPlace): Treatment {
  const action: Action = cls === 'space' ? 'space' : 'remove';
  return {
    key: `${placeKey(place)}:${action}`,
    severity: 'error',
    message: (run) =>
      `${nameCharacters(run.characters)} between the elements of ${codeSpan(`<${element.name}>`)}: only whitespace may stand there, and XML's whitespace is the space, tab and line break, so ${run.characters.length > 1 ? 'they are' : 'it is'} text where no text belongs.`,
    fixes: [{ action, kind: 'safe' }],
  };
}

function freeTextTreatment(cls: InvisibleClass, character: FoundCharacter, label: string, place: CharacterPlace): Treatment | undefined {
  // A space of another kind in a name or a description is still a space to a reader, and joiners and marks can be
  // part of the writing: nothing to say about them in free text.
  if (cls === 'space' || WRITING_CHARACTERS.has(character.code)) return undefined;
  return {
    key: `${placeKey(place)}:free`,
    severity: 'information',
    message: (run) =>
      `${nameCharacters(run.characters)} in ${label}: ${run.characters.length > 1 ? 'they cannot be seen, and Windows keeps them' : 'it cannot be seen, and Windows keeps it'} as part of the text.`,
    fixes: [{ action: 'remove', kind: 'suggestion' }],
  };
}

/**
 * The run touches the start or end of the value or a list separator (`,` `;`), with only XML whitespace or other
 * reported spaces between: removing it keeps every item as written.
 */
function atEdgeOrSeparator(text: string, character: FoundCharacter, valueStart: number, valueEnd: number): boolean {
  const skippable = (i: number) => isXmlSpace(text.charCodeAt(i)) || characterClass(text.charCodeAt(i)) === 'space';
  let before = character.start - 1;
  while (before >= valueStart && skippable(before)) before--;
  if (before < valueStart || LIST_SEPARATORS.has(text.charCodeAt(before))) return true;
  let after = character.end;
  while (after < valueEnd && skippable(after)) after++;
  return after >= valueEnd || LIST_SEPARATORS.has(text.charCodeAt(after));
}
