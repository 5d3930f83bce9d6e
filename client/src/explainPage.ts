// The HTML page of the "Explain Error Code…" panel around the body VS Code's Markdown engine rendered. Pure (no
// vscode), so its escaping and its policy are tested as is. No script runs in it; its links are command links that
// the panel's webview allows for "Explain Error Code…" only (explainView.ts).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STYLES = `body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); line-height: 1.5; padding: 0 20px 20px; max-width: 60em; }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 1px 4px; border-radius: 3px; }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
hr { border: 0; border-top: 1px solid var(--vscode-widget-border, var(--vscode-panel-border)); margin: 1.5em 0; }`;

/** `title` is what the user typed or selected: escaped. `body` is HTML rendered from our Markdown. */
export function explainPage(title: string, body: string, nonce: string): string {
  const safeNonce = /^[A-Za-z0-9+/=_-]+$/.test(nonce) ? nonce : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${safeNonce}'; img-src data:;">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${safeNonce}">${STYLES}</style>
</head>
<body>
${body}
</body>
</html>`;
}
