// The characters the "will it apply?" checks report, by what they do to a profile.
// - forbidden: XML 1.0 does not allow them anywhere (its production Char: C0 controls other than TAB, LF and CR,
//   half a surrogate pair, U+FFFE, U+FFFF), so an XML parser rejects the whole document
//   (https://www.w3.org/TR/xml/#charsets).
// - zeroWidth: no visible form (zero-width space and joiners, word joiner, soft hyphen, U+FEFF inside the text,
//   the bidirectional marks): a value holding one reads like the value without it, but is not that value.
// - bidiControl: embeddings, overrides and isolates: the text is shown in another order than the one it has.
// - space: spaces other than U+0020 and the line/paragraph separators: they look like a space (or nothing) but XML
//   does not treat them as whitespace, so they are part of the value, where no value of a profile allows them.
// - c1Control: allowed by XML 1.0 but discouraged; in practice bytes read with the wrong encoding.
// - replacement: U+FFFD, which stands where a character could not be decoded.

export type CharacterClass = 'forbidden' | 'zeroWidth' | 'bidiControl' | 'space' | 'c1Control' | 'replacement';

const ZERO_WIDTH = new Set([0xad, 0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff]);
const BIDI_CONTROLS = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const SPACES = new Set([0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);

/** The class of a UTF-16 code unit, or undefined for a character the checks leave alone. */
export function characterClass(unit: number): CharacterClass | undefined {
  if (unit < 0x20) return unit === 0x09 || unit === 0x0a || unit === 0x0d ? undefined : 'forbidden';
  if (unit < 0x7f) return undefined;
  if (unit <= 0x9f) return unit === 0x7f ? undefined : 'c1Control';
  if (unit < 0xa0) return undefined;
  if (SPACES.has(unit)) return 'space';
  if (ZERO_WIDTH.has(unit)) return 'zeroWidth';
  if (BIDI_CONTROLS.has(unit)) return 'bidiControl';
  if (unit === 0xfffd) return 'replacement';
  if (unit === 0xfffe || unit === 0xffff) return 'forbidden';
  return undefined;
}

/**
 * Matches every code unit some check may report, lone surrogates included (paired surrogates are left alone), so a
 * document without any is passed over with one regular-expression scan.
 */
export const CANDIDATES =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0080-\u009f\u00a0\u00ad\u061c\u2000-\u200f\u2028-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff\ufffd\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The class of the character at `index` of `text` (a lone surrogate is `forbidden`; a pair is not reported). */
export function classAt(text: string, index: number): CharacterClass | undefined {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff ? undefined : 'forbidden';
  }
  if (unit >= 0xdc00 && unit <= 0xdfff) {
    const previous = index > 0 ? text.charCodeAt(index - 1) : 0;
    return previous >= 0xd800 && previous <= 0xdbff ? undefined : 'forbidden';
  }
  return characterClass(unit);
}

/** The classes the invisible-character check reports (and value checks therefore look past). */
export function isInvisibleClass(cls: CharacterClass | undefined): cls is 'zeroWidth' | 'bidiControl' | 'space' | 'c1Control' {
  return cls === 'zeroWidth' || cls === 'bidiControl' || cls === 'space' || cls === 'c1Control';
}
