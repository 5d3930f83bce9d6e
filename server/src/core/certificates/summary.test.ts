import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCertificate } from './decode';
import { certificateLabel, certificateMarkdown } from './summary';
import { NOW, makeLeaf } from './testing/certificates';

test('summary: Markdown escapes every certificate value (no HTML, no links, no emphasis)', async () => {
  const hostile = await makeLeaf({ subject: 'CN=<img src=x onerror=alert(1)> [click](http://evil) *bold*, O=a_b|c' });
  const markdown = certificateMarkdown(decodeCertificate(hostile.der), { now: NOW });
  assert.doesNotMatch(markdown, /(^|[^\\])[<>]/, 'every angle bracket is escaped');
  assert.ok(markdown.includes('\\<img src=x onerror=alert(1)\\>'));
  assert.ok(markdown.includes('\\[click\\](http\\:\\/\\/evil)'));
  assert.ok(markdown.includes('\\*bold\\*'));
});

test('summary: a one-line label for inlay hints', async () => {
  const cert = decodeCertificate((await makeLeaf({ subject: 'CN=nps1.corp.contoso.com', notAfter: new Date('2026-03-01T00:00:00Z') })).der);
  assert.equal(certificateLabel(cert, NOW), 'nps1.corp.contoso.com · expires 2026-03-01');
  assert.equal(certificateLabel(cert, new Date('2027-01-01T00:00:00Z')), 'nps1.corp.contoso.com · EXPIRED 2026-03-01');
});
