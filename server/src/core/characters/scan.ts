// Finding the reported characters in an XML text, written raw or as character references (`&#xA0;`), and joining
// neighbours that are treated alike into runs, so that a line indented with twenty no-break spaces is one finding.
import { describeCharacter } from '../text/unicodeNames';
import { CANDIDATES, characterClass, classAt, type CharacterClass } from './classes';

export interface FoundCharacter {
  /** Source range: one code unit, or the whole character reference. */
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly cls: CharacterClass;
  /** Written as a character reference (`&#160;`) rather than raw. */
  readonly reference: boolean;
}

const REFERENCE = /&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g;

/** The reported characters of `text` in document order; `withReferences` adds those written as references. */
export function findCharacters(text: string, withReferences: boolean): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  for (const match of text.matchAll(CANDIDATES)) {
    const index = match.index!;
    const cls = classAt(text, index);
    if (cls) found.push({ start: index, end: index + 1, code: text.charCodeAt(index), cls, reference: false });
  }
  if (withReferences && text.includes('&#')) {
    const references: FoundCharacter[] = [];
    for (const match of text.matchAll(REFERENCE)) {
      const code = match[1] !== undefined ? parseInt(match[1], 16) : parseInt(match[2], 10);
      // References to characters XML forbids are the parser's (xml/invalid-character-reference).
      const cls = code <= 0xffff ? characterClass(code) : undefined;
      if (cls && cls !== 'forbidden') references.push({ start: match.index!, end: match.index! + match[0].length, code, cls, reference: true });
    }
    if (references.length) return [...found, ...references].sort((a, b) => a.start - b.start);
  }
  return found;
}

export interface Run<T> {
  readonly start: number;
  readonly end: number;
  readonly characters: readonly FoundCharacter[];
  readonly treatment: T;
}

/**
 * Adjacent characters (one ending where the next starts) whose treatments have the same key form one run;
 * characters without a treatment are left out.
 */
export function joinRuns<T extends { readonly key: string }>(characters: readonly FoundCharacter[], treat: (c: FoundCharacter) => T | undefined): Run<T>[] {
  const runs: Run<T>[] = [];
  let current: { start: number; end: number; characters: FoundCharacter[]; treatment: T } | undefined;
  for (const character of characters) {
    const treatment = treat(character);
    if (!treatment) {
      current = undefined;
      continue;
    }
    if (current && current.end === character.start && current.treatment.key === treatment.key) {
      current.end = character.end;
      current.characters.push(character);
      continue;
    }
    current = { start: character.start, end: character.end, characters: [character], treatment };
    runs.push(current);
  }
  return runs;
}

/**
 * The characters of a run named for a message or a title: `U+200B ZERO WIDTH SPACE`,
 * `3 × U+00A0 NO-BREAK SPACE`, `U+200B ZERO WIDTH SPACE and U+00A0 NO-BREAK SPACE`.
 */
export function nameCharacters(characters: readonly FoundCharacter[]): string {
  const counts = new Map<number, number>();
  for (const c of characters) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const parts = [...counts].map(([code, count]) => `${count > 1 ? `${count} × ` : ''}${describeCharacter(code)}`);
  return parts.length <= 2 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "it" or "them", for the characters of a run. */
export function pronoun(characters: readonly FoundCharacter[]): 'it' | 'them' {
  return characters.length === 1 ? 'it' : 'them';
}
