// Finding messages are written with Markdown code spans (`<AlwaysOn>`). Hovers render them; the Problems panel,
// terminals and JSON consumers show text, where quotes read better than backticks.

/** The message with each code span (any fence length, as codeSpan writes them) shown in single quotes. */
export function plainMessage(message: string): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    if (message.charCodeAt(i) !== 0x60) {
      out += message[i++];
      continue;
    }
    let fenceEnd = i;
    while (message.charCodeAt(fenceEnd) === 0x60) fenceEnd++;
    const fence = fenceEnd - i;
    const close = closingFence(message, fenceEnd, fence);
    if (close === -1) {
      out += message.slice(i, fenceEnd);
      i = fenceEnd;
      continue;
    }
    let content = message.slice(fenceEnd, close);
    if (content.length > 1 && content.startsWith(' ') && content.endsWith(' ') && !/^ *$/.test(content)) content = content.slice(1, -1);
    out += `'${content}'`;
    i = close + fence;
  }
  return out;
}

/** Start of the next run of exactly `length` backticks at or after `from`, or -1. */
function closingFence(text: string, from: number, length: number): number {
  let i = from;
  while (i < text.length) {
    if (text.charCodeAt(i) !== 0x60) {
      i++;
      continue;
    }
    let end = i;
    while (text.charCodeAt(end) === 0x60) end++;
    if (end - i === length) return i;
    i = end;
  }
  return -1;
}
