// The reference every analysis figure is shown next to: one pass over the text reading each UTF-16 code unit.
export function charCodeAtScan(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}
