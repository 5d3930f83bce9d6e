// Escaping for the tests of escaped content (SyncML `<Data>`, EAP inside `<Configuration>`): XML text escaping.
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
