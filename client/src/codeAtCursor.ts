// What "Explain Error Code…" starts from: the selection, or the code under the cursor (`853`, `0x800B0101`,
// `-2146762495`, `reason:258`). Pure text in, text out, so it is tested without VS Code.

const CODE = /(?:\b(?:ras|rras|ike|win32|hresult|hr|reason|nps|nps-reason|event|eventid):)?(?:-?0x[0-9a-f]+|-?\d+)\b/gi;
const MAX_SELECTION = 64;

/**
 * The selected text when it is short and on one line; otherwise the code-like token (a decimal or hexadecimal
 * number, with an optional `kind:` prefix) that contains `cursor` on `line`; otherwise undefined.
 */
export function codeAtCursor(line: string, cursor: number, selection?: string): string | undefined {
  const selected = selection?.trim();
  if (selected && selected.length <= MAX_SELECTION && !/[\r\n]/.test(selected)) return selected;
  for (const match of line.matchAll(CODE)) {
    const start = match.index ?? 0;
    if (cursor >= start && cursor <= start + match[0].length) return match[0];
  }
  return undefined;
}
