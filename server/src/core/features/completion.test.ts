import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis';
import { completeAt, encodeSnippet } from './completion';

test('snippets keep their tab stops while their text is encoded for the host', () => {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  assert.equal(encodeSnippet('<A>${1:x<y}</A>$0', escape), '&lt;A>${1:x&lt;y}&lt;/A>$0');
  assert.equal(
    encodeSnippet('${1|IKEv2,SSTP|}', (t) => t.toLowerCase()),
    '${1|ikev2,sstp|}',
  );
  // A `$` the host writes (a PowerShell backtick escape) is escaped for the snippet syntax.
  assert.equal(
    encodeSnippet('cost \\$x $1', (t) => t.replace(/\$/g, '`$')),
    'cost `\\$x $1',
  );
  assert.equal(
    encodeSnippet('a\\$b', (t) => t),
    'a\\$b',
  );
  assert.equal(
    encodeSnippet('<A>$1', () => undefined),
    undefined,
  );
});

test('completion inside escaped SyncML data: values and names at exact ranges, no raw markup', () => {
  const profile = '&lt;VPNProfile&gt;&lt;NativeProfile&gt;&lt;RoutingPolicyType&gt;Sp&lt;/RoutingPolicyType&gt;&lt;/NativeProfile&gt;&lt;/VPNProfile&gt;';
  const text = `<SyncML><SyncBody><Add><Item><Target><LocURI>./User/Vendor/MSFT/VPNv2/Test/ProfileXML</LocURI></Target><Data>${profile}</Data></Item></Add></SyncBody></SyncML>`;
  const analysis = analyzeDocument(text);
  const at = text.indexOf('Sp&lt;') + 2;
  const values = completeAt(analysis, at);
  const split = values.find((e) => e.label === 'SplitTunnel');
  assert.ok(split, `SplitTunnel offered: ${values.map((e) => e.label).join(', ')}`);
  assert.equal(text.slice(split.replace.start, split.replace.end), 'Sp');
  // Children of NativeProfile: their snippets and tags come out escaped, never as raw `<`.
  const inside = text.indexOf('&lt;RoutingPolicyType') + '&lt;'.length;
  const children = completeAt(analysis, inside);
  assert.ok(children.length > 0, 'elements offered inside escaped XML');
  for (const entry of children) assert.doesNotMatch(entry.insertText, /</, `${entry.label}: ${entry.insertText}`);
});

test('completion inside an expandable PowerShell here-string keeps snippet tab stops', () => {
  const script = '$xml = @"\n<VPNProfile>\n  <NativeProfile>\n    <Servers>$Server</Servers>\n    \n  </NativeProfile>\n</VPNProfile>\n"@\n';
  const analysis = analyzeDocument(script, { language: 'powershell' });
  const at = script.indexOf('    \n  </NativeProfile>') + 4;
  const entries = completeAt(analysis, at);
  const routing = entries.find((e) => e.insertText.startsWith('<RoutingPolicyType>'));
  assert.equal(routing?.insertText, '<RoutingPolicyType>${1|SplitTunnel,ForceTunnel|}</RoutingPolicyType>');
  assert.equal(routing?.isSnippet, true);
});

const ROOT_SNIPPETS = [
  'Device tunnel profile',
  'User tunnel (PEAP-TLS) profile',
  'User tunnel (EAP-TLS) profile',
  'User tunnel (PEAP-MSCHAPv2) profile',
  'Third-party plug-in profile',
  'PEAP-TLS EapHostConfig',
  'EAP-TLS EapHostConfig',
];

/** Labels and replaced text of the completion at the `|` in `marked`. */
function rootCompletion(marked: string, xml = true): { labels: string[]; replaced: string[] } {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const entries = completeAt(analyzeDocument(text), offset, { xml });
  return { labels: entries.map((e) => e.label), replaced: [...new Set(entries.map((e) => text.slice(e.replace.start, e.replace.end)))] };
}

test('an empty or blank document offers every whole-profile template and the EAP configurations, inserted at the cursor', () => {
  for (const marked of ['|', '  \n|', '\n|\n\n', '|  \n']) {
    for (const xml of [true, false]) {
      assert.deepEqual(rootCompletion(marked, xml), { labels: ROOT_SNIPPETS, replaced: [''] }, JSON.stringify(marked));
    }
  }
  const entry = completeAt(analyzeDocument(''), 0).find((e) => e.label === 'Device tunnel profile')!;
  assert.equal(entry.isSnippet, true);
  assert.match(entry.insertText, /^<VPNProfile>\n[\s\S]*<Servers>\$\{1:vpn\.example\.com\}<\/Servers>/);
  assert.ok(entry.documentation?.includes('<Servers>vpn.example.com</Servers>'), 'the preview shows the defaults');
  assert.equal(entry.filterText, '<VPNProfile Device tunnel profile');
});

test('from the first keystroke of an XML document: what is typed is replaced by the whole profile', () => {
  assert.deepEqual(rootCompletion('<|'), { labels: ROOT_SNIPPETS, replaced: ['<'] });
  assert.deepEqual(rootCompletion('<VPN|'), { labels: ROOT_SNIPPETS, replaced: ['<VPN'] });
  assert.deepEqual(rootCompletion('  user|\n'), { labels: ROOT_SNIPPETS, replaced: ['user'] });
  assert.deepEqual(rootCompletion('<?xml version="1.0" encoding="utf-8"?>\n<!-- our VPN -->\n<|'), { labels: ROOT_SNIPPETS, replaced: ['<'] });
  // A word in a log or a text file is not the start of a profile.
  assert.deepEqual(rootCompletion('user|', false), { labels: [], replaced: [] });
});

test('another XML document gets no whole-profile snippets (no completion noise)', () => {
  for (const marked of ['<project>\n  |\n</project>', '<project/>\n|', '<project>\n  <|', '<a>|', 'text <b/> <|', '<!-- open comment <|']) {
    assert.deepEqual(rootCompletion(marked), { labels: [], replaced: [] }, marked);
  }
});
