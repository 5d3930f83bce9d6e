import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../analysis';
import { eapSnippets } from './snippets';
import { profileDocument, ROOT_THUMBPRINT } from './rules/examples';

/** The text a user gets after filling in the placeholders: names and a thumbprint, first choice elsewhere. */
function expand(body: string): string {
  return body
    .replace(/\$\{1:[^}]*\}/g, 'nps1.corp.example.com;nps2.corp.example.com')
    .replace(/\$\{2:[^}]*\}/g, ROOT_THUMBPRINT)
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1');
}

test('there is a PEAP-TLS and an EAP-TLS snippet for ProfileXML Configuration and for a standalone file', () => {
  for (const parent of ['Configuration', '']) {
    const labels = eapSnippets.filter((s) => s.parent === parent).map((s) => s.label);
    assert.equal(labels.length, 2);
    assert.ok(labels.some((l) => l.startsWith('PEAP-TLS')));
    assert.ok(labels.some((l) => l.startsWith('EAP-TLS')));
  }
});

test('every placeholder is a numbered tab stop and the bodies contain no unescaped snippet syntax otherwise', () => {
  for (const snippet of eapSnippets) {
    const withoutPlaceholders = snippet.body.replace(/\$\{\d+(:[^}]*|\|[^}]*\|)\}/g, '');
    assert.doesNotMatch(withoutPlaceholders, /[$}]/, snippet.label);
    assert.match(snippet.body, /<ServerNames>\$\{1:/);
    assert.match(snippet.body, /<TrustedRootCA>\$\{2:/);
  }
});

test('standalone: a filled-in snippet is a clean EapHostConfig (no EAP error or warning)', () => {
  for (const snippet of eapSnippets.filter((s) => s.parent === '')) {
    const analysis = analyzeDocument(expand(snippet.body));
    assert.equal(analysis.kind, 'eap');
    assert.deepEqual(
      analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'),
      [],
      snippet.label,
    );
  }
});

test('embedded: a filled-in snippet inside ProfileXML produces no EAP error or warning', () => {
  for (const snippet of eapSnippets.filter((s) => s.parent === 'Configuration')) {
    const analysis = analyzeDocument(profileDocument(expand(snippet.body)));
    assert.deepEqual(
      analysis.findings.filter((f) => f.ruleId.startsWith('eap/') && (f.severity === 'error' || f.severity === 'warning')),
      [],
      snippet.label,
    );
    assert.ok(analysis.units.some((u) => u.kind === 'eap'));
  }
});
