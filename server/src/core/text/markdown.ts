// Document text inside Markdown. Messages and hovers are Markdown; text taken from a document (a value, a name,
// a log field) must stay text: never end its code span early, never become a link, an image or HTML.

/**
 * `text` as one CommonMark code span: the fence is one backtick longer than the longest run of backticks inside,
 * and a space pads each side when the text starts or ends with a backtick or a space (CommonMark strips one).
 * Line breaks become spaces: a code span shows on one line, and a line break must not forge a new line in a
 * terminal either.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
  let longest = 0;
  let run = 0;
  for (let i = 0; i < flat.length; i++) {
    run = flat.charCodeAt(i) === 0x60 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && !/^ *$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${fence === '`' && flat === '' ? ' ' : ''}${pad}${fence}`;
}
