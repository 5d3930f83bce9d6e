// Certificates through the real VS Code API: the custom editor (aovpn.certificate) opens binary .cer files and its
// webview shows the subject and the role verdicts; thumbprints in a profile are cross-referenced with the
// certificates of the workspace (hover, inlay hint, completion in TrustedRootCA).
//
// The webview's HTML is read through `aovpn.test.certificateViewerHtml`, a command that the extension registers
// only in extension test mode (client/src/certificates/certificateEditor.ts): it returns exactly the HTML the
// provider last gave to the viewer's webview. The UI test (test/e2e/ui/ui-smoke.js) checks the rendered page.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { fixture, open, waitFor, positionOf, closeAllEditors, hoverText, skipWithoutFeatures, revertAll } = require('./helpers');

const VIEW_TYPE = 'aovpn.certificate';
const HTML_COMMAND = 'aovpn.test.certificateViewerHtml';

/** The visible text of an HTML page: tags dropped, entities decoded, white space collapsed. */
function visibleText(html) {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The tab showing `uri` in our certificate editor, if any. */
function viewerTab(uri) {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputCustom && tab.input.viewType === VIEW_TYPE && tab.input.uri.toString() === uri.toString());
}

/** Waits for the viewer of `uri` to show a report (not the "Reading…" page), and returns its visible text. */
async function viewerText(uri) {
  await waitFor(`a ${VIEW_TYPE} tab for ${uri.path}`, () => viewerTab(uri));
  let last = '';
  try {
    return await waitFor(
      `the certificate report in the viewer of ${uri.path}`,
      async () => {
        const html = await vscode.commands.executeCommand(HTML_COMMAND, uri.toString());
        if (typeof html !== 'string') return false;
        last = visibleText(html);
        return /Always On VPN roles|cannot be shown|could not be inspected/.test(last) && last;
      },
      20000,
      200,
    );
  } catch (e) {
    e.message += `; the viewer shows: ${JSON.stringify(last.slice(0, 300))}`;
    throw e;
  }
}

suite('certificates', function () {
  suiteSetup(skipWithoutFeatures);
  teardown(async () => {
    await revertAll();
    await closeAllEditors();
  });

  test('vscode.openWith opens a binary .cer in the viewer: subject, issuer and the "ready" verdict', async () => {
    const uri = fixture('certs/vpn-server.cer');
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
    const text = await viewerText(uri);
    assert.match(text, /Subject CN=vpn\.contoso\.com/);
    assert.match(text, /Issued by CN=Contoso Issuing CA, O=Contoso/);
    assert.match(text, /Always On VPN roles/);
    assert.match(text, /IKEv2 VPN server Ready/);
    // the issuer and the root are in the workspace: the certification path is complete
    assert.doesNotMatch(text, /Issuer not found/);
  });

  test('the viewer is the default editor for .cer, and shows failing verdicts for an expired certificate', async () => {
    const uri = fixture('certs/expired-nps.cer');
    await vscode.commands.executeCommand('vscode.open', uri);
    const text = await viewerText(uri);
    assert.match(text, /Subject CN=nps2\.corp\.contoso\.com/);
    assert.match(text, /Expired/);
    assert.match(text, /NPS server Will fail/);
    assert.match(text, /cert\/expired/);
  });

  test('"Inspect Certificate…" with a Uri opens the viewer', async () => {
    const uri = fixture('certs/root-ca.cer');
    await vscode.commands.executeCommand('aovpn.inspectCertificate', uri);
    const text = await viewerText(uri);
    assert.match(text, /Subject CN=Contoso Root CA, O=Contoso/);
    assert.match(text, /Root CA Ready/);
  });

  test('the role picker judges the certificate again for the chosen role, and the badge follows', async () => {
    const uri = fixture('certs/vpn-server.cer');
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
    const text = await viewerText(uri);
    assert.match(text, /vpn\.contoso\.com ✔ Ready as IKEv2 VPN server/);
    assert.match(text, /Judge as: Most likely role · IKEv2 VPN server · SSTP VPN server · NPS server · User · Device · CA/);
    // The picker is a command link (the webview runs no script): its arguments are the document and the role.
    const html = await vscode.commands.executeCommand(HTML_COMMAND, uri.toString());
    const link = /<a class="role" href="command:aovpn\.judgeCertificateAs\?([^"]+)">NPS server<\/a>/.exec(html);
    assert.ok(link, 'an NPS server link');
    const args = JSON.parse(decodeURIComponent(link[1]));
    assert.deepEqual(args, [uri.toString(), 'nps-server']);
    await vscode.commands.executeCommand('aovpn.judgeCertificateAs', ...args);
    const judged = await waitFor(
      'the viewer judged as an NPS server',
      async () => {
        const t = visibleText(await vscode.commands.executeCommand(HTML_COMMAND, uri.toString()));
        return /Judged as the role you chose/.test(t) && t;
      },
      20000,
      200,
    );
    assert.match(judged, /vpn\.contoso\.com (✔ Ready|⚠ Works, with warnings|✖ Will fail) as NPS server /);
    assert.match(judged, /Most likely it is: IKEv2 VPN server\./);
    assert.match(judged, /Judge as: Most likely role · IKEv2 VPN server · SSTP VPN server · NPS server · User/);
    // And back to the most likely role.
    await vscode.commands.executeCommand('aovpn.judgeCertificateAs', uri.toString(), 'auto');
    await waitFor(
      'the viewer judged for its likely role again',
      async () => {
        const t = visibleText(await vscode.commands.executeCommand(HTML_COMMAND, uri.toString()));
        return /Ready as IKEv2 VPN server/.test(t) && !/Judged as the role you chose/.test(t);
      },
      20000,
      200,
    );
  });

  test('a TrustedRootCA thumbprint is matched with the workspace root CA: hover, inlay hint, completion', async () => {
    const doc = await open('profiles/user-eap-tls.xml');
    const at = positionOf(doc, '<TrustedRootCA>fa 41', '<TrustedRootCA>'.length + 4);
    // the server indexes the workspace's certificates after it starts: poll
    const hover = await waitFor('a hover naming the root CA on the thumbprint', async () => {
      const text = await hoverText(doc.uri, at);
      return /Contoso Root CA/.test(text) && text;
    });
    assert.match(hover, /TrustedRootCA/);
    assert.match(hover, /root-ca\.cer/);

    const line = at.line;
    const hints = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(line, 0, line + 1, 0));
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(
      labels.some((l) => /Contoso Root CA/.test(l)),
      `no inlay hint names the root CA: ${labels.join(' | ')}`,
    );

    // replace the thumbprint with nothing and ask for completion inside the empty element
    const start = positionOf(doc, '<TrustedRootCA>', '<TrustedRootCA>'.length);
    const end = positionOf(doc, '</TrustedRootCA>');
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(start, end));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, start);
    const root = list.items.find((item) => /^fa 41 a1 d1/.test(typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(
      root,
      `the root CA's thumbprint is not offered; got: ${list.items
        .map((i) => i.label.label || i.label)
        .slice(0, 30)
        .join(', ')}`,
    );
    assert.match(root.detail || '', /Contoso Root CA/);
  });
});
