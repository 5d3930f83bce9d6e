import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../analysis';
import { expandSnippet } from '../text/snippet';
import { eapSnippets } from './snippets';
import { profileDocument, ROOT_THUMBPRINT } from './rules/examples';
import { NPS_SERVER_NAMES_PLACEHOLDER, ROOT_CA_THUMBPRINT_PLACEHOLDER } from './placeholders';

/** The text a user gets after filling in the placeholders: real names and a thumbprint, first choice elsewhere. */
function expand(body: string): string {
  return expandSnippet(body.replace(/\$\{1:[^}]*\}/g, 'nps1.corp.contoso.com;nps2.corp.contoso.com').replace(/\$\{2:[^}]*\}/g, ROOT_THUMBPRINT));
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
    assert.ok(snippet.body.includes(`<ServerNames>\${1:${NPS_SERVER_NAMES_PLACEHOLDER}}`), snippet.label);
    assert.ok(snippet.body.includes(`<TrustedRootCA>\${2:${ROOT_CA_THUMBPRINT_PLACEHOLDER}}`), snippet.label);
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

test('with its defaults a snippet has no error or warning, and each placeholder is named until replaced', () => {
  for (const snippet of eapSnippets) {
    const text = expandSnippet(snippet.body);
    const analysis = analyzeDocument(snippet.parent === '' ? text : profileDocument(text));
    assert.deepEqual(
      analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'),
      [],
      snippet.label,
    );
    // Names and thumbprint at each ServerValidation: PEAP-TLS validates on both levels.
    const expected = snippet.label.startsWith('PEAP') ? 4 : 2;
    assert.deepEqual(
      analysis.findings.map((f) => `${f.severity} ${f.ruleId}`),
      Array<string>(expected).fill('information eap/template-placeholder'),
      snippet.label,
    );
  }
});
