// Unicode names of the characters the analysis reports by name (`U+200B ZERO WIDTH SPACE`): invisible, space-like,
// bidirectional and control characters and the typographic quotes. A small table rather than a Unicode database:
// it only has to cover what the rules report. Names are the Unicode character names; controls have none, so they
// carry their formal name aliases (Unicode NameAliases.txt: U+0000 NULL, U+001B ESCAPE, U+0085 NEXT LINE).
// Source: the Unicode Character Database, https://www.unicode.org/Public/UCD/latest/ucd/UnicodeData.txt and
// https://www.unicode.org/Public/UCD/latest/ucd/NameAliases.txt

const NAMES: ReadonlyMap<number, string> = new Map<number, string>([
  // C0 controls (XML 1.0 allows only TAB, LF and CR among them)
  [0x00, 'NULL'],
  [0x01, 'START OF HEADING'],
  [0x02, 'START OF TEXT'],
  [0x03, 'END OF TEXT'],
  [0x04, 'END OF TRANSMISSION'],
  [0x05, 'ENQUIRY'],
  [0x06, 'ACKNOWLEDGE'],
  [0x07, 'ALERT'],
  [0x08, 'BACKSPACE'],
  [0x09, 'CHARACTER TABULATION'],
  [0x0a, 'LINE FEED'],
  [0x0b, 'LINE TABULATION'],
  [0x0c, 'FORM FEED'],
  [0x0d, 'CARRIAGE RETURN'],
  [0x0e, 'SHIFT OUT'],
  [0x0f, 'SHIFT IN'],
  [0x10, 'DATA LINK ESCAPE'],
  [0x11, 'DEVICE CONTROL ONE'],
  [0x12, 'DEVICE CONTROL TWO'],
  [0x13, 'DEVICE CONTROL THREE'],
  [0x14, 'DEVICE CONTROL FOUR'],
  [0x15, 'NEGATIVE ACKNOWLEDGE'],
  [0x16, 'SYNCHRONOUS IDLE'],
  [0x17, 'END OF TRANSMISSION BLOCK'],
  [0x18, 'CANCEL'],
  [0x19, 'END OF MEDIUM'],
  [0x1a, 'SUBSTITUTE'],
  [0x1b, 'ESCAPE'],
  [0x1c, 'INFORMATION SEPARATOR FOUR'],
  [0x1d, 'INFORMATION SEPARATOR THREE'],
  [0x1e, 'INFORMATION SEPARATOR TWO'],
  [0x1f, 'INFORMATION SEPARATOR ONE'],
  [0x7f, 'DELETE'],
  // C1 controls (allowed by XML 1.0, which discourages them; in practice bytes decoded with the wrong encoding)
  [0x80, 'PADDING CHARACTER'],
  [0x81, 'HIGH OCTET PRESET'],
  [0x82, 'BREAK PERMITTED HERE'],
  [0x83, 'NO BREAK HERE'],
  [0x84, 'INDEX'],
  [0x85, 'NEXT LINE'],
  [0x86, 'START OF SELECTED AREA'],
  [0x87, 'END OF SELECTED AREA'],
  [0x88, 'CHARACTER TABULATION SET'],
  [0x89, 'CHARACTER TABULATION WITH JUSTIFICATION'],
  [0x8a, 'LINE TABULATION SET'],
  [0x8b, 'PARTIAL LINE FORWARD'],
  [0x8c, 'PARTIAL LINE BACKWARD'],
  [0x8d, 'REVERSE LINE FEED'],
  [0x8e, 'SINGLE SHIFT TWO'],
  [0x8f, 'SINGLE SHIFT THREE'],
  [0x90, 'DEVICE CONTROL STRING'],
  [0x91, 'PRIVATE USE ONE'],
  [0x92, 'PRIVATE USE TWO'],
  [0x93, 'SET TRANSMIT STATE'],
  [0x94, 'CANCEL CHARACTER'],
  [0x95, 'MESSAGE WAITING'],
  [0x96, 'START OF GUARDED AREA'],
  [0x97, 'END OF GUARDED AREA'],
  [0x98, 'START OF STRING'],
  [0x99, 'SINGLE GRAPHIC CHARACTER INTRODUCER'],
  [0x9a, 'SINGLE CHARACTER INTRODUCER'],
  [0x9b, 'CONTROL SEQUENCE INTRODUCER'],
  [0x9c, 'STRING TERMINATOR'],
  [0x9d, 'OPERATING SYSTEM COMMAND'],
  [0x9e, 'PRIVACY MESSAGE'],
  [0x9f, 'APPLICATION PROGRAM COMMAND'],
  // Spaces other than U+0020
  [0xa0, 'NO-BREAK SPACE'],
  [0x2000, 'EN QUAD'],
  [0x2001, 'EM QUAD'],
  [0x2002, 'EN SPACE'],
  [0x2003, 'EM SPACE'],
  [0x2004, 'THREE-PER-EM SPACE'],
  [0x2005, 'FOUR-PER-EM SPACE'],
  [0x2006, 'SIX-PER-EM SPACE'],
  [0x2007, 'FIGURE SPACE'],
  [0x2008, 'PUNCTUATION SPACE'],
  [0x2009, 'THIN SPACE'],
  [0x200a, 'HAIR SPACE'],
  [0x202f, 'NARROW NO-BREAK SPACE'],
  [0x205f, 'MEDIUM MATHEMATICAL SPACE'],
  [0x3000, 'IDEOGRAPHIC SPACE'],
  [0x2028, 'LINE SEPARATOR'],
  [0x2029, 'PARAGRAPH SEPARATOR'],
  // Invisible format characters
  [0xad, 'SOFT HYPHEN'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x2060, 'WORD JOINER'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
  // Bidirectional marks and controls
  [0x061c, 'ARABIC LETTER MARK'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  // Typographic quotation marks
  [0xab, 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK'],
  [0xbb, 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK'],
  [0x2018, 'LEFT SINGLE QUOTATION MARK'],
  [0x2019, 'RIGHT SINGLE QUOTATION MARK'],
  [0x201a, 'SINGLE LOW-9 QUOTATION MARK'],
  [0x201c, 'LEFT DOUBLE QUOTATION MARK'],
  [0x201d, 'RIGHT DOUBLE QUOTATION MARK'],
  [0x201e, 'DOUBLE LOW-9 QUOTATION MARK'],
  // Specials
  [0xfffd, 'REPLACEMENT CHARACTER'],
]);

/** `U+200B`: the code point in the usual notation (at least four hex digits). */
export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A character as messages name it: `U+200B ZERO WIDTH SPACE`; half a surrogate pair and the noncharacters U+FFFE and
 * U+FFFF, which have no name, are described; any other character outside the table is its code point alone.
 */
export function describeCharacter(code: number): string {
  const name = NAMES.get(code);
  if (name) return `${codePointLabel(code)} ${name}`;
  if (code >= 0xd800 && code <= 0xdfff) return `${codePointLabel(code)} (half of a surrogate pair)`;
  if (code === 0xfffe || code === 0xffff) return `${codePointLabel(code)} (a noncharacter)`;
  return codePointLabel(code);
}
