// Certificate thumbprints as they appear in EAP XML and ProfileXML: `d2 d3 8e … c2 `, `D2D38E…`, `d2:d3:…`.

/** Invisible characters that sneak in when a thumbprint is copied from the Windows certificate dialog. */
export const THUMBPRINT_INVISIBLE_CHARACTERS: Record<string, string> = {
  '\u200e': 'left-to-right mark (U+200E)',
  '\u200f': 'right-to-left mark (U+200F)',
  '\u202a': 'left-to-right embedding (U+202A)',
  '\u202b': 'right-to-left embedding (U+202B)',
  '\u202c': 'pop directional formatting (U+202C)',
  '\u202d': 'left-to-right override (U+202D)',
  '\u202e': 'right-to-left override (U+202E)',
  '\u200b': 'zero-width space (U+200B)',
  '\ufeff': 'byte order mark (U+FEFF)',
  '\u00a0': 'no-break space (U+00A0)',
};

export interface ParsedThumbprint {
  /** Lowercase hex digits without separators, or undefined if the text is not hex with separators. */
  readonly hex: string | undefined;
  /** Separators other than the two Windows forms (single spaces between bytes, or none). */
  readonly oddSeparators: boolean;
  readonly invisible: { index: number; char: string }[];
}

export function parseThumbprint(text: string): ParsedThumbprint {
  const invisible: { index: number; char: string }[] = [];
  for (let i = 0; i < text.length; i++) if (THUMBPRINT_INVISIBLE_CHARACTERS[text[i]]) invisible.push({ index: i, char: text[i] });
  if (invisible.length) return { hex: undefined, oddSeparators: false, invisible };
  const trimmed = text.trim();
  if (!/^[0-9a-fA-F]{2}([\s:-]*[0-9a-fA-F]{2})*$/.test(trimmed)) return { hex: undefined, oddSeparators: false, invisible };
  const hex = trimmed.replace(/[\s:-]/g, '').toLowerCase();
  const windowsSpaced = /^[0-9a-fA-F]{2}( [0-9a-fA-F]{2})*$/.test(trimmed);
  const contiguous = /^[0-9a-fA-F]+$/.test(trimmed);
  return { hex, oddSeparators: !windowsSpaced && !contiguous, invisible };
}

/** The form Windows writes into EAP XML: lowercase byte pairs separated by spaces, with a trailing space. */
export function eapThumbprint(hex: string): string {
  return hex.toLowerCase().match(/../g)!.join(' ') + ' ';
}

/** `D2D38EBA…` as certutil and PowerShell print it. */
export function compactThumbprint(hex: string): string {
  return hex.toUpperCase();
}
