// The diff of `aovpn check --fix --dry-run`, in a bundle of its own (dist/cli/checkPatch.js): the diff library is
// loaded only when a diff is printed.
import { createTwoFilesPatch } from 'diff';
import { terminalText } from '../core/text/terminal';

/** A diff of more changed lines than this is not computed (its cost grows with the square). */
const MAX_DIFF_EDIT_LENGTH = 10_000;

/** A file's changes as a unified diff ready for a terminal, or undefined when they are too many to diff. */
export function terminalDiff(display: string, text: string, fixedText: string): string | undefined {
  const patch = createTwoFilesPatch(`a/${display}`, `b/${display}`, text, fixedText, undefined, undefined, { context: 3, maxEditLength: MAX_DIFF_EDIT_LENGTH });
  return patch === undefined ? undefined : terminalPatch(patch);
}

/**
 * A unified diff made safe for a terminal: the document's text inside it is escaped like every other line we print,
 * but the diff's own structure (line breaks, tabs, a CR that ends a CRLF line) stays, so it still applies.
 */
function terminalPatch(patch: string): string {
  return patch
    .split('\n')
    .map((line) => {
      const crlf = line.endsWith('\r');
      const body = crlf ? line.slice(0, -1) : line;
      return body.split('\t').map(terminalText).join('\t') + (crlf ? '\r' : '');
    })
    .join('\n');
}
