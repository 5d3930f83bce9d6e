// Decides from a document's start whether it is something the language server works on. Pure (no vscode).

const XML_ROOTS = /<(?:[\w.-]+:)?(?:VPNProfile|EapHostConfig)[\s>/]/;
const TEXT_MARKERS = /VPNProfile|EapHostConfig|RasClient|Reason[ -]Code|error code|Event ID|-----BEGIN (?:CERTIFICATE|PKCS7)-----|Network Policy Server|IAS_|0x8[0-9a-f]{7}/i;

export function needsLanguageServer(languageId: string, scheme: string, head: () => string): boolean {
  if (scheme !== 'file' && scheme !== 'untitled') return false;
  if (languageId === 'aovpn-log') return true;
  if (languageId === 'xml') {
    // An empty or blank XML document (New File, New Profile…) may become a profile: the server offers the
    // whole-profile snippets from the first keystroke. Another XML stays without findings or completions there.
    const text = head();
    return text.trim() === '' || XML_ROOTS.test(text);
  }
  // PowerShell scripts that build a profile in a string (here-string, quoted string or concatenation).
  if (languageId === 'powershell') return XML_ROOTS.test(head());
  if (languageId === 'plaintext' || languageId === 'log') return TEXT_MARKERS.test(head());
  return false;
}
