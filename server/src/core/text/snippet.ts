// LSP snippet syntax (`$1`, `${1:default}`, `${1|first,second|}`, `\$` escapes) turned into the text a snippet
// inserts when every tab stop keeps its default: what New Profile… opens and what the snippet tests analyse.

/**
 * The text of `snippet` with each placeholder at its default (nested placeholders expanded too), each choice at its
 * first option and bare tab stops empty. Escapes (`\$`, `\}`, `\\`, and `\,` `\|` in choices) become their character.
 */
export function expandSnippet(snippet: string): string {
  return expandFrom(snippet, 0, false).text;
}

/** Expands from `start` until the end, or (inside a placeholder) until its unescaped `}`. */
function expandFrom(snippet: string, start: number, nested: boolean): { text: string; end: number } {
  let out = '';
  let i = start;
  while (i < snippet.length) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
      out += snippet[i + 1];
      i += 2;
    } else if (nested && c === '}') {
      return { text: out, end: i + 1 };
    } else if (c === '$') {
      const stop = /^\$(\d+)|^\$\{(\d+)(:|\||\})/.exec(snippet.slice(i, i + 16));
      if (!stop) {
        out += c;
        i++;
      } else if (stop[1] !== undefined) {
        i += stop[0].length;
      } else if (stop[3] === '}') {
        i += stop[0].length;
      } else if (stop[3] === ':') {
        const inner = expandFrom(snippet, i + stop[0].length, true);
        out += inner.text;
        i = inner.end;
      } else {
        const choice = firstChoice(snippet, i + stop[0].length);
        out += choice.text;
        i = choice.end;
      }
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, end: i };
}

/** The first option of a choice whose options start at `start`, and the index after its closing `|}`. */
function firstChoice(snippet: string, start: number): { text: string; end: number } {
  let first: string | undefined;
  let option = '';
  let i = start;
  while (i < snippet.length) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) {
      option += snippet[i + 1];
      i += 2;
    } else if (c === '|' && snippet[i + 1] === '}') {
      return { text: first ?? option, end: i + 2 };
    } else if (c === ',') {
      first ??= option;
      option = '';
      i++;
    } else {
      option += c;
      i++;
    }
  }
  return { text: first ?? option, end: i };
}
