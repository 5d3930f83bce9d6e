// Which reported characters a value check should look past. The character rules name an invisible, space-like or
// forbidden character at its position and offer its repair; a value check that saw it as well would report the same
// character again, less precisely ("not a valid DNS name"). So a structured value that is valid without those
// characters is not reported by the value checks (one that is wrong anyway is, as written). Thumbprints are the exception: their check names the invisible characters copied from the
// certificate dialog itself (THUMBPRINT_INVISIBLE_CHARACTERS), and the character rule leaves those to it.
import type { ValueSpec } from '../catalogue/types';
import { THUMBPRINT_INVISIBLE_CHARACTERS } from '../values/thumbprint';
import { characterClass } from './classes';

/** Free text (a profile name, a key, vendor XML): the character rules only note invisible characters there. */
export function isFreeText(value: ValueSpec | undefined): boolean {
  return value === undefined || value.kind === 'any' || (value.kind === 'string' && value.format === 'text');
}

/** The thumbprint check reports this character in this value itself. */
export function reportedByThumbprintCheck(code: number, value: ValueSpec | undefined): boolean {
  return value?.kind === 'string' && (value.format === 'thumbprint' || value.format === 'thumbprintList') && THUMBPRINT_INVISIBLE_CHARACTERS[String.fromCharCode(code)] !== undefined;
}

/** Whether a character rule reports this code unit in a structured value of this kind (it is then named there). */
function reportedInValue(code: number, value: ValueSpec): boolean {
  const cls = characterClass(code);
  if (cls === undefined || cls === 'replacement') return false;
  return !reportedByThumbprintCheck(code, value);
}

/** The value without the characters the character rules report in it; undefined when it has none (or is free text). */
export function visibleValue(raw: string, value: ValueSpec): string | undefined {
  if (isFreeText(value)) return undefined;
  let kept: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    if (reportedInValue(raw.charCodeAt(i), value)) kept ??= raw.slice(0, i);
    else if (kept !== undefined) kept += raw[i];
  }
  return kept;
}
