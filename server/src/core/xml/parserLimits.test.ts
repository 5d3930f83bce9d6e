// The parser on wide and deep documents: the same answers as the straightforward algorithms it replaced (pairwise
// duplicate attributes, a scan of the open elements for end tags and namespaces), and errors kept per code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_FINDINGS_PER_RULE } from '../limits';
import { XmlElement, type XmlDocument, type XmlErrorCode, type XmlSyntaxError } from './model';
import { parseXml } from './parser';
import { walkElements } from './query';

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const key = (e: XmlSyntaxError) => `${e.code}@${e.range.start}-${e.range.end}`;

test('duplicate attributes: every repeat of an earlier name is reported once, on few and on many attributes', () => {
  const random = prng(11);
  for (let round = 0; round < 300; round++) {
    const count = 1 + Math.floor(random() * 60);
    const names = Array.from({ length: count }, () => `a${Math.floor(random() * (count / 2 + 1))}`);
    let text = '<Root';
    const expected: string[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      text += ' ';
      if (seen.has(name)) expected.push(`xml/duplicate-attribute@${text.length}-${text.length + name.length}`);
      seen.add(name);
      text += `${name}="1"`;
    }
    text += '/>';
    const errors = parseXml(text).errors.map(key);
    assert.deepEqual(errors, expected, text);
  }
});

test('duplicate attributes: 50,000 attributes on one element, a few of them repeated', () => {
  const names = Array.from({ length: 50_000 }, (_, i) => `a${i}`);
  names.push('a7', 'a49999', 'a7');
  const doc = parseXml(`<Root ${names.map((n) => `${n}="x"`).join(' ')}/>`);
  assert.deepEqual(
    doc.errors.map((e) => e.message),
    ['a7', 'a49999', 'a7'].map((n) => `The attribute \`${n}\` appears twice on \`<Root>\`.`),
  );
  assert.equal(doc.root!.attributes.length, 50_003);
});

test('end tags close the innermost open element of their name, however deep', () => {
  const depth = 20_000;
  // <r><a><b><a><b>…</a>: the end tag closes the innermost <a>, leaving the <b> inside it unclosed.
  const text = `<r>${'<a><b>'.repeat(depth)}</a></r>`;
  const doc = parseXml(text);
  const unclosed = doc.errors.filter((e) => e.code === 'xml/unclosed-element');
  // The innermost <b> (closed by </a>), then everything left open when </r> closes the root.
  assert.equal(unclosed.length + doc.omittedErrors.get('xml/unclosed-element')!, 2 * depth - 1);
  let innermostA: XmlElement | undefined;
  for (const element of walkElements(doc.root!)) if (element.name === 'a') innermostA = element;
  assert.equal(innermostA!.closeTag?.start, text.indexOf('</a>'), 'the innermost <a> ends at </a>');
  assert.ok(innermostA!.closed);
  assert.equal(doc.root!.closeTag?.start, text.indexOf('</r>'));
  // An end tag no open element has: the first one renames the innermost (empty) element, the others close nothing.
  const strayText = `<r>${'<alpha>'.repeat(depth)}${'</omega>'.repeat(depth)}</r>`;
  const stray = parseXml(strayText, { maxErrorsPerCode: Infinity });
  const count = (code: string) => stray.errors.filter((e) => e.code === code).length;
  assert.equal(count('xml/mismatched-end-tag'), 1);
  assert.equal(count('xml/unexpected-end-tag'), depth - 1);
  assert.equal(stray.root!.closeTag?.start, strayText.lastIndexOf('</r>'), 'the root is closed by </r>');
});

test('namespaces resolve through thousands of nested declarations, re-bound prefixes and undeclared ones', () => {
  const depth = 10_000;
  let text = '';
  for (let i = 0; i < depth; i++) {
    // Every third level re-binds p, every fifth declares a default namespace; q is never declared.
    const declarations = `${i % 3 === 0 ? ` xmlns:p="urn:p${i}"` : ''}${i % 5 === 0 ? ` xmlns="urn:d${i}"` : ''}`;
    const name = i % 2 === 0 ? 'p:e' : i % 7 === 0 ? 'q:e' : 'e';
    text += `<${name}${declarations} p:x="1"${i % 11 === 0 ? ' q:y="2"' : ''}>`;
  }
  const doc = parseXml(text, { maxErrorsPerCode: Infinity });
  let elements = 0;
  for (const element of walkElements(doc.root!)) {
    elements++;
    assert.equal(element.namespaceUri, element.lookupNamespace(element.prefix) ?? '', `<${element.name}> at ${element.start}`);
  }
  assert.equal(elements, depth);
  const undeclared = doc.errors.filter((e) => e.code === 'xml/undeclared-prefix').map((e) => text.slice(e.range.start, e.range.end));
  const expected: string[] = [];
  for (let i = 0; i < depth; i++) {
    if (i % 2 !== 0 && i % 7 === 0) expected.push('q');
    if (i % 11 === 0) expected.push('q');
  }
  assert.deepEqual(undeclared, expected);
});

/** The first `limit` errors of each code in document order, from an unlimited parse. */
function firstPerCode(doc: XmlDocument, limit: number): string[] {
  const counts = new Map<string, number>();
  return doc.errors
    .filter((e) => {
      const n = (counts.get(e.code) ?? 0) + 1;
      counts.set(e.code, n);
      return n <= limit;
    })
    .map(key);
}

test('errors: the first ones of each code in document order are kept, the others counted', () => {
  const cases = [
    `<r>${'&'.repeat(3000)}${'<'.repeat(2500)}</r>`,
    // Unclosed elements are found innermost first: the outermost are the ones kept.
    `<r>${'<a>'.repeat(3000)}`,
    `<r>${'<a><b>'.repeat(1500)}${'</a>'.repeat(1500)}${'</x>'.repeat(1200)}</r>`,
    `<r>${'<e a="1" a="2" b=3 &x; ]]>/>'.repeat(1200)}</r>${' junk <!-- -- -->'.repeat(1100)}`,
  ];
  for (const text of cases) {
    const full = parseXml(text, { maxErrorsPerCode: Infinity });
    assert.equal(full.omittedErrors.size, 0);
    for (const limit of [MAX_FINDINGS_PER_RULE, 7]) {
      const capped = parseXml(text, { maxErrorsPerCode: limit });
      assert.deepEqual(capped.errors.map(key), firstPerCode(full, limit), `${text.slice(0, 40)}…, limit ${limit}`);
      const totals = new Map<XmlErrorCode, number>();
      for (const e of full.errors) totals.set(e.code, (totals.get(e.code) ?? 0) + 1);
      for (const [code, total] of totals) assert.equal((capped.omittedErrors.get(code) ?? 0) + Math.min(total, limit), total, code);
    }
    assert.deepEqual(parseXml(text).errors.map(key), firstPerCode(full, MAX_FINDINGS_PER_RULE), 'the default limit');
  }
});

test('a `<` that starts no tag stays inside its text: one text node, one error', () => {
  const doc = parseXml('<r>if a < b and c <= d: <x/> 1 << 2</r>');
  const children = doc.root!.children;
  assert.deepEqual(
    children.map((c) => (c.kind === 'text' ? `text:${c.value}` : c.kind)),
    ['text:if a < b and c <= d: ', 'element', 'text: 1 << 2'],
  );
  assert.deepEqual(
    doc.errors.map((e) => e.code),
    Array(4).fill('xml/unescaped-less-than'),
  );
  assert.equal(parseXml(`<r>${'<'.repeat(100_000)}</r>`).root!.children.length, 1);
});

test('maxElements: the tree keeps the first elements, the parse goes on with the same errors', () => {
  const text = `<r>${'<a><b/>&</a>'.repeat(500)}<c>${'<d>'.repeat(300)}</r>`;
  const full = parseXml(text, { maxErrorsPerCode: Infinity });
  const partial = parseXml(text, { maxErrorsPerCode: Infinity, maxElements: 100 });
  assert.equal(full.partial, false);
  assert.equal(partial.partial, true);
  assert.deepEqual(partial.errors.map(key), full.errors.map(key));
  assert.equal(partial.elementCount, full.elementCount);
  assert.equal([...walkElements(partial.root!)].length, 100);
  assert.equal(partial.root!.closeTag?.start, text.lastIndexOf('</r>'), 'elements open at the cut still get their end tags');
  assert.equal(parseXml(text, { maxElements: 2_000 }).partial, false);
});

test('entity names of Object.prototype are unknown entities, not decoded', () => {
  const doc = parseXml('<r>&constructor;&toString;&__proto__;&hasOwnProperty;&amp;</r>');
  assert.equal(doc.root!.text.raw, '&constructor;&toString;&__proto__;&hasOwnProperty;&');
  assert.deepEqual(
    doc.errors.map((e) => e.code),
    Array(4).fill('xml/unknown-entity'),
  );
});
