import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseXml } from './parser';
import { XmlElement, type XmlDocument } from './model';
import { walkElements } from './query';

const FIXTURE = fs.readFileSync(path.resolve(__dirname, '../../../../../test/fixtures/profiles/user-tunnel.xml'), 'utf8');

function elements(doc: XmlDocument): { element: XmlElement; depth: number }[] {
  const out: { element: XmlElement; depth: number }[] = [];
  const visit = (nodes: readonly unknown[], depth: number) => {
    for (const node of nodes) {
      if (node instanceof XmlElement) {
        out.push({ element: node, depth });
        visit(node.children, depth + 1);
      }
    }
  };
  visit(doc.children, 0);
  return out;
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

test('every element, name, attribute and text range points at the right characters', () => {
  const doc = parseXml(FIXTURE);
  assert.equal(doc.errors.length, 0);
  assert.equal(doc.root?.name, 'VPNProfile');
  for (const { element } of elements(doc)) {
    assert.equal(FIXTURE[element.start], '<');
    assert.equal(FIXTURE.slice(element.nameRange.start, element.nameRange.end), element.name);
    assert.equal(FIXTURE.slice(element.closeTag!.nameRange.start, element.closeTag!.nameRange.end), element.name);
    assert.ok(FIXTURE.slice(element.start, element.end).endsWith(`</${element.name}>`));
    for (const attribute of element.attributes) {
      assert.equal(FIXTURE.slice(attribute.nameRange.start, attribute.nameRange.end), attribute.name);
      assert.equal(FIXTURE.slice(attribute.valueRange!.start, attribute.valueRange!.end), attribute.value);
      assert.equal(FIXTURE[attribute.range.end - 1], '"');
    }
    if (!element.hasChildElements && element.text.trimmed) {
      assert.equal(FIXTURE.slice(element.text.range.start, element.text.range.end), element.text.trimmed);
    }
  }
});

test('CRLF line endings keep every offset exact', () => {
  const crlf = FIXTURE.replace(/\n/g, '\r\n');
  const doc = parseXml(crlf);
  assert.equal(doc.errors.length, 0);
  const lf = elements(parseXml(FIXTURE));
  const both = elements(doc);
  assert.equal(both.length, lf.length);
  for (const { element } of both) {
    assert.equal(crlf.slice(element.nameRange.start, element.nameRange.end), element.name);
    if (!element.hasChildElements) assert.equal(crlf.slice(element.text.range.start, element.text.range.end), element.text.trimmed);
  }
});

test('namespaces resolve through default and prefixed declarations, including re-bound prefixes', () => {
  const text = `<EapHostConfig xmlns="urn:host" xmlns:c="urn:common" xmlns:b="urn:first">
  <EapMethod><c:Type>13</c:Type></EapMethod>
  <Config xmlns:b="urn:second"><b:Eap><Inner xmlns="urn:inner"/></b:Eap></Config>
</EapHostConfig>`;
  const doc = parseXml(text);
  assert.equal(doc.errors.length, 0);
  const byName = new Map([...walkElements(doc.root!)].map((e) => [e.localName, e]));
  assert.equal(byName.get('EapHostConfig')!.namespaceUri, 'urn:host');
  assert.equal(byName.get('EapMethod')!.namespaceUri, 'urn:host');
  assert.equal(byName.get('Type')!.namespaceUri, 'urn:common');
  assert.equal(byName.get('Type')!.prefix, 'c');
  assert.equal(byName.get('Eap')!.namespaceUri, 'urn:second');
  assert.equal(byName.get('Inner')!.namespaceUri, 'urn:inner');
});

test('an undeclared prefix is reported on the prefix', () => {
  const text = '<Root><x:Child/></Root>';
  const doc = parseXml(text);
  assert.deepEqual(
    doc.errors.map((e) => [e.code, text.slice(e.range.start, e.range.end)]),
    [['xml/undeclared-prefix', 'x']],
  );
});

test('entities, character references and CDATA are decoded with a way back to the source', () => {
  const text = '<Root><A>Sales &amp; &#x41;&#66; &lt;x&gt;</A><B><![CDATA[a&b<c]]></B><C k="1 &quot;2&quot;"/></Root>';
  const doc = parseXml(text);
  assert.equal(doc.errors.length, 0);
  const [a, b, c] = doc.root!.elements();
  assert.equal(a.text.raw, 'Sales & AB <x>');
  const ampIndex = a.text.raw.indexOf('&');
  assert.equal(text.slice(a.text.offsetAt(ampIndex), a.text.offsetAt(ampIndex) + 5), '&amp;');
  const bIndex = a.text.raw.indexOf('B');
  assert.equal(text.slice(a.text.offsetAt(bIndex), a.text.offsetAt(bIndex) + 5), '&#66;');
  assert.equal(text.slice(a.text.range.start, a.text.range.end), 'Sales &amp; &#x41;&#66; &lt;x&gt;');
  assert.equal(b.text.raw, 'a&b<c');
  assert.equal(text.slice(b.text.range.start, b.text.range.end), 'a&b<c');
  assert.equal(c.attribute('k')!.value, '1 "2"');
});

test('a BOM before the root is accepted', () => {
  const doc = parseXml('\ufeff<?xml version="1.0"?><VPNProfile/>');
  assert.equal(doc.errors.length, 0);
  assert.equal(doc.root?.name, 'VPNProfile');
});

// The eight broken documents of the parser study (shared/ARCHITECTURE.md §A.2), on our own fixture.
interface BrokenCase {
  name: string;
  edit: (t: string) => string;
  code: string;
  /** Text the error range must start at. */
  at: (t: string) => number;
}

const BROKEN: BrokenCase[] = [
  { name: 'missing end tag', edit: (t) => t.replace('</NativeProfile>', ''), code: 'xml/unclosed-element', at: (t) => t.indexOf('<NativeProfile>') + 1 },
  { name: 'half-typed tag', edit: (t) => t.replace('<RegisterDNS>false</RegisterDNS>', '<RegisterDNS>false</RegisterDNS>\n  <Rou'), code: 'xml/unclosed-start-tag', at: (t) => t.indexOf('<Rou') },
  {
    name: 'missing quote',
    edit: (t) => t.replace('EapTlsConnectionPropertiesV1">', 'EapTlsConnectionPropertiesV1>'),
    code: 'xml/missing-quote',
    at: (t) => t.indexOf('"http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1'),
  },
  { name: 'mismatched close', edit: (t) => t.replace('<AlwaysOn>true</AlwaysOn>', '<AlwaysOn>true</AlwaysOff>'), code: 'xml/mismatched-end-tag', at: (t) => t.indexOf('AlwaysOff') },
  { name: 'unfinished close tag', edit: (t) => t.replace('</Address>', '</Address'), code: 'xml/unclosed-end-tag', at: (t) => t.indexOf('</Address') },
  {
    name: 'attribute without value',
    edit: (t) => t.replace('<Type xmlns="http://www.microsoft.com/provisioning/EapCommon">25', '<Type xmlns=>25'),
    code: 'xml/attribute-without-value',
    at: (t) => t.indexOf('xmlns=>'),
  },
  { name: 'raw ampersand', edit: (t) => t.replace('<![CDATA[', '').replace(']]>', ''), code: 'xml/unescaped-ampersand', at: (t) => t.indexOf('&zone') },
];

for (const broken of BROKEN) {
  test(`recovery keeps the structure: ${broken.name}`, () => {
    const intact = elements(parseXml(FIXTURE));
    const text = broken.edit(FIXTURE);
    const doc = parseXml(text);
    assert.equal(doc.errors.length, 1, doc.errors.map((e) => `${e.code} ${lineCol(text, e.range.start)}`).join('\n'));
    assert.equal(doc.errors[0].code, broken.code);
    assert.equal(doc.errors[0].range.start, broken.at(text), `${broken.code} at ${lineCol(text, doc.errors[0].range.start)}`);
    // Elements after the defect keep their depth (the missing end tag legitimately re-nests what follows).
    if (broken.name !== 'missing end tag') {
      const after = elements(doc).filter((e) => e.element.start > doc.errors[0].range.end && e.element.name !== 'Rou');
      const expected = intact.filter((e) => e.element.name === after[0]?.element.name);
      assert.ok(after.length > 0);
      const intactAfter = intact.slice(intact.length - after.length);
      assert.deepEqual(
        after.map((e) => `${e.element.name}@${e.depth}`),
        intactAfter.map((e) => `${e.element.name}@${e.depth}`),
      );
      assert.ok(expected.length > 0);
    }
  });
}

test('recovery: truncated file reports each open element and keeps what was read', () => {
  const cut = FIXTURE.indexOf('<DnsServers>') + 15;
  const text = FIXTURE.slice(0, cut);
  const doc = parseXml(text);
  assert.deepEqual(
    doc.errors.map((e) => e.code),
    ['xml/unclosed-element', 'xml/unclosed-element', 'xml/unclosed-element'],
  );
  assert.deepEqual(
    doc.errors.map((e) => text.slice(e.range.start, e.range.end)),
    ['VPNProfile', 'DomainNameInformation', 'DnsServers'],
  );
  assert.equal(elements(doc).length, elements(parseXml(FIXTURE)).filter((e) => e.element.start < cut).length);
});

test('several defects in one document are all reported, in order', () => {
  const text = FIXTURE.replace('<RegisterDNS>false</RegisterDNS>', '<RegisterDNS>false</RegisterDNS>\n  <Rou')
    .replace('<Protocol>6</Protocol>', '<Protocol>6</Protocl>')
    .replace('<DnsSuffix>corp.example.org</DnsSuffix>', '<DnsSuffix>corp&example.org</DnsSuffix>');
  const doc = parseXml(text);
  assert.deepEqual(
    doc.errors.map((e) => e.code),
    ['xml/unescaped-ampersand', 'xml/unclosed-start-tag', 'xml/mismatched-end-tag'],
  );
  assert.equal(elements(doc).length, elements(parseXml(FIXTURE)).length + 1);
});

test('a lost space gluing an attribute to the element name is reported and recovered', () => {
  const text = '<EapHostConfigxmlns="urn:a"><Typexmlns="urn:b">25</Type><ListEnabled="true"/></EapHostConfig>';
  const doc = parseXml(text);
  assert.deepEqual(
    doc.errors.map((e) => [e.code, text.slice(e.range.start, e.range.end)]),
    [
      ['xml/missing-space-before-attribute', 'EapHostConfigxmlns'],
      ['xml/missing-space-before-attribute', 'Typexmlns'],
      ['xml/missing-space-before-attribute', 'ListEnabled'],
    ],
  );
  assert.equal(doc.root!.name, 'EapHostConfig');
  assert.equal(doc.root!.namespaceUri, 'urn:a');
  const [type, list] = doc.root!.elements();
  assert.equal(type.namespaceUri, 'urn:b');
  assert.equal(type.closed, true);
  assert.equal(list.attribute('Enabled')!.value, 'true');
  const fix = doc.errors[0].fix!;
  assert.deepEqual(fix.edits, [{ range: { start: 14, end: 14 }, newText: ' ' }]);
});

test('`xml ns=` is reported and still declares the namespace', () => {
  const text = '<Root><FilteringInfo xml ns="urn:v3"><Child/></FilteringInfo></Root>';
  const doc = parseXml(text);
  assert.deepEqual(
    doc.errors.map((e) => [e.code, text.slice(e.range.start, e.range.end)]),
    [['xml/split-xmlns', 'xml ns']],
  );
  const child = doc.root!.elements()[0].elements()[0];
  assert.equal(child.namespaceUri, 'urn:v3');
});

test('whitespace before the XML declaration is an error with a fix removing it', () => {
  const text = '  <?xml version="1.0" ?>\n  <EapHostConfig xmlns="urn:x"/>';
  const doc = parseXml(text);
  assert.deepEqual(
    doc.errors.map((e) => [e.code, e.range.start, e.range.end]),
    [['xml/whitespace-before-declaration', 0, 2]],
  );
  assert.deepEqual(doc.errors[0].fix!.edits, [{ range: { start: 0, end: 2 }, newText: '' }]);
});

test('text outside the root, a second root and a stray end tag are reported', () => {
  const text = 'junk<A></A></B><C/>';
  const doc = parseXml(text);
  assert.deepEqual(
    doc.errors.map((e) => [e.code, text.slice(e.range.start, e.range.end)]),
    [
      ['xml/text-outside-root', 'junk'],
      ['xml/unexpected-end-tag', '</B>'],
      ['xml/multiple-roots', 'C'],
    ],
  );
});

test('never throws and keeps every range inside the text when cut at any point', () => {
  const text = FIXTURE.slice(0, 1800);
  for (let cut = 0; cut <= text.length; cut++) {
    const part = text.slice(0, cut);
    const doc = parseXml(part);
    for (const error of doc.errors) assert.ok(error.range.start >= 0 && error.range.end <= part.length, `${cut}: ${error.code}`);
    for (const { element } of elements(doc)) assert.ok(element.start >= 0 && element.end <= part.length);
  }
});
