// The Explain panel's page: the title (what the user typed or selected) is escaped, no script may run, and only
// styles with the page's nonce apply.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainPage } from '../../client/src/explainPage';

test('the Explain page escapes its title and allows no script', () => {
  const html = explainPage('Explain </title><script>alert(1)</script>', '<p>body</p>', 'abc123');
  assert.ok(html.includes('<title>Explain &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>'));
  assert.doesNotMatch(html, /<script/);
  assert.match(html, /content="default-src 'none'; style-src 'nonce-abc123'; img-src data:;"/);
  assert.ok(html.includes('<style nonce="abc123">'));
  assert.ok(html.includes('<p>body</p>'));
});

test('a nonce that could break out of the policy is refused', () => {
  const html = explainPage('t', '', `x'; script-src *`);
  assert.match(html, /style-src 'nonce-'/);
  assert.doesNotMatch(html, /script-src \*/);
});
