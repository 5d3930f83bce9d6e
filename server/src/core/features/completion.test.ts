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
