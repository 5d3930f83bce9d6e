// Explain links: in an editor that runs "Explain Error Code…" from Markdown (VS Code), related codes link to their
// explanation, hovers offer the command, and the catalogue's `aovpn explain …` advice names the command; only a kind
// prefix and a number ever reach a command URI. Without the option, and in the CLI, the text stays as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allEntries } from './catalogue';
import { explainMarkdown, explainQuery } from './explain';
import { codeHoverAt } from './features';
import { codeQuery, explainCommandUri, renderEntryMarkdown } from './markdown';

const LINKS = { explainLinks: true };
const COMMAND_LINK = /\]\((command:[^)\s]*)\)/g;

/** The queries of every command link in the Markdown (undefined for the command without arguments). */
function linkedQueries(markdown: string): (string | undefined)[] {
  return [...markdown.matchAll(COMMAND_LINK)].map(([, uri]) => {
    const [command, encoded] = uri.split('?');
    assert.equal(command, 'command:aovpn.explainErrorCode');
    if (encoded === undefined) return undefined;
    const args = JSON.parse(decodeURIComponent(encoded)) as unknown;
    assert.ok(Array.isArray(args) && args.length === 1 && typeof args[0] === 'string', uri);
    return args[0] as string;
  });
}

test('the explanation of 853 links its related NPS reason 258 to its own explanation', () => {
  const markdown = explainMarkdown('853', LINKS);
  assert.ok(markdown.includes(`[NPS reason code 258](command:aovpn.explainErrorCode?${encodeURIComponent('["nps-reason:258"]')})`), markdown);
  assert.ok(linkedQueries(markdown).includes('nps-reason:258'));
  // The link explains what it names.
  assert.match(explainMarkdown('nps-reason:258'), /\*\*NPS reason code 258\*\*/);
});

test('without the option (other LSP editors) there is no command link', () => {
  assert.doesNotMatch(explainMarkdown('853'), /command:/);
  assert.doesNotMatch(explainMarkdown('event:6273'), /command:/);
  assert.match(explainMarkdown('event:6273'), /`aovpn explain reason:<N>`/);
});

test('every entry: each related link explains an existing entry, and no advice tells the editor user to run the CLI', () => {
  let links = 0;
  for (const entry of allEntries()) {
    const markdown = renderEntryMarkdown(entry, undefined, LINKS);
    assert.doesNotMatch(markdown, /aovpn explain/, `${codeQuery(entry.kind, entry.code)} still names the CLI`);
    for (const query of linkedQueries(markdown)) {
      if (query === undefined) continue;
      links++;
      assert.ok(explainQuery(query).matches.length > 0, `${query} (linked from ${codeQuery(entry.kind, entry.code)}) explains nothing`);
    }
  }
  assert.ok(links > 50, `${links} related links`);
});

test('the CLI keeps its wording', () => {
  const checks = explainQuery('event:6273').matches.flatMap((match) => match.checks);
  assert.ok(checks.some((check) => check.includes('`aovpn explain reason:<N>`')));
});

test('the catalogue advice names the command, as a link without arguments, with the query form kept', () => {
  const markdown = explainMarkdown('event:6273', LINKS);
  assert.ok(markdown.includes('[Explain Error Code…](command:aovpn.explainErrorCode) (`reason:<N>`)'), markdown);
});

test('only a kind prefix and a number reach a command URI', () => {
  assert.equal(explainCommandUri('ras:853'), `command:aovpn.explainErrorCode?${encodeURIComponent('["ras:853"]')}`);
  assert.equal(explainCommandUri('hresult:0x800B0101'), `command:aovpn.explainErrorCode?${encodeURIComponent('["hresult:0x800B0101"]')}`);
  for (const hostile of ['853) [x](https://example.com', "ras:853'", '853"]', 'reason:258 ', 'x:1', '<script>', '9'.repeat(11)]) {
    assert.equal(explainCommandUri(hostile), undefined, hostile);
  }
});

test('a hover on a code offers the command with that code; without the option it does not', () => {
  const text = 'The user dialed a connection named VPN which has failed. The error code returned on failure is 853.';
  const at = text.indexOf('853') + 1;
  const hover = codeHoverAt(text, at, LINKS);
  assert.ok(hover);
  assert.ok(hover.markdown.includes(`[Explain RAS/RRAS error 853](command:aovpn.explainErrorCode?${encodeURIComponent('["ras:853"]')})`), hover.markdown);
  assert.doesNotMatch(codeHoverAt(text, at)!.markdown, /command:/);
});

test('a hover on an NPS log reason code offers the command for that reason', () => {
  const line = 'Reason Code: 258';
  const hover = codeHoverAt(`Network Policy Server denied access to a user.\n${line}\n`, `Network Policy Server denied access to a user.\n`.length + line.indexOf('258') + 1, LINKS);
  assert.ok(hover);
  assert.ok(linkedQueries(hover.markdown).includes('nps-reason:258'), hover.markdown);
});
