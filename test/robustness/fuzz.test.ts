// Mutation fuzzing of the language service through the server's incremental-sync path: thousands of seeded
// random edits (insertions of markup fragments and random code units, deletions, duplications, truncations)
// applied with TextDocument.update to every sample profile, EAP XML and fixture, each version then analysed and
// queried (hover, completion, quick fixes, fix-all, symbols, folding) at random offsets. Plus the pathological
// shapes, deep and wide: huge attribute values, deep nesting, 100,000 siblings, 80,000 attributes on one element,
// long lines, thousands of embedded profiles. No exception, no result slower than a bound proportional to the
// input, every range inside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { XmlElement, type XmlNode } from '../../server/src/core/xml/model';
import { parseXml } from '../../server/src/core/xml/parser';
import { elementAt } from '../../server/src/core/xml/query';
import { analyzeDocument } from '../../server/src/core/analysis';
import { SKIP_WITHOUT_REFERENCE, prng, referenceCorpus, repositoryCorpus, type CorpusDocument } from './corpus';
import { exercise } from './languageService';

const FRAGMENTS = [
  '<',
  '>',
  '/>',
  '</',
  '"',
  "'",
  '=',
  '&',
  '&amp;',
  '&lt;',
  '&#x0;',
  '&#xD800;',
  '&#65;',
  '&unknown;',
  ']]>',
  '<!--',
  '-->',
  '<![CDATA[',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY e "v">]>',
  ' xmlns="urn:x"',
  ' xmlns:p="urn:p"',
  ' p:a="1"',
  '<Route>',
  '</Route>',
  '<Address>10.0.0.0</Address>',
  '<PrefixSize>33</PrefixSize>',
  '<AlwaysOn>True</AlwaysOn>',
  '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">',
  '</EapHostConfig>',
  '<Eap>',
  '<Configuration>',
  '<TrustedRootCA>',
  'ab cd ef',
  ';',
  ',',
  ' ',
  '\t',
  '\r\n',
  '\n',
  '\u0000',
  '\uFEFF',
  '\uD83D',
  '\uDE00',
  '\u00e9',
  '0x800B0101',
  'Reason Code: 258',
  '-----BEGIN CERTIFICATE-----',
  'true',
  'False',
  'IKEv2',
  'SplitTunnel',
  'VPNProfile',
  'xml ns=',
];

function randomText(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const kind = random();
    // Mostly ASCII (including control characters), some BMP, some lone surrogates.
    out += String.fromCharCode(kind < 0.7 ? Math.floor(random() * 128) : kind < 0.9 ? Math.floor(random() * 0xd800) : 0xd800 + Math.floor(random() * 0x800));
  }
  return out;
}

/** One random edit of `text`, as the incremental change an editor would send. */
function mutation(document: TextDocument, random: () => number): { change: TextDocumentContentChangeEvent; kind: string } {
  const text = document.getText();
  const at = () => Math.floor(random() * (text.length + 1));
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  const pick = random();
  if (pick < 0.3) {
    const offset = at();
    return { kind: 'insert fragment', change: { range: range(offset, offset), text: FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] } };
  }
  if (pick < 0.45) {
    const start = at();
    const end = Math.min(text.length, start + 1 + Math.floor(random() * 60));
    return { kind: 'delete', change: { range: range(start, end), text: '' } };
  }
  if (pick < 0.6) {
    const start = at();
    const end = Math.min(text.length, start + Math.floor(random() * 200));
    const offset = at();
    return { kind: 'duplicate', change: { range: range(offset, offset), text: text.slice(start, end) } };
  }
  if (pick < 0.68) {
    const start = Math.floor(text.length * (0.2 + 0.8 * random()));
    return { kind: 'truncate', change: { range: range(start, text.length), text: '' } };
  }
  if (pick < 0.85) {
    const start = at();
    const end = Math.min(text.length, start + Math.floor(random() * 8));
    return { kind: 'random code units', change: { range: range(start, end), text: randomText(random, 1 + Math.floor(random() * 24)) } };
  }
  if (pick < 0.93) {
    // Single-character typing, the common case.
    const offset = at();
    return { kind: 'type', change: { range: range(offset, offset), text: String.fromCharCode(32 + Math.floor(random() * 95)) } };
  }
  // A whole-document replacement, as some clients send.
  const cut = at();
  return { kind: 'full replace', change: { text: text.slice(0, cut) + FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] + text.slice(cut) } };
}

const EDITS_PER_DOCUMENT = 140;
const RESET_EVERY = 35;

/** Applies EDITS_PER_DOCUMENT seeded edits to each document, exercising the language service after each; the number of edits. */
function fuzzDocuments(documents: readonly CorpusDocument[], seed: number): number {
  let edits = 0;
  documents.forEach((source, index) => {
    const random = prng(seed + index);
    let document = TextDocument.create(`file:///fuzz/${index}.xml`, 'xml', 1, source.text);
    const history: string[] = [];
    for (let i = 0; i < EDITS_PER_DOCUMENT; i++) {
      if (i % RESET_EVERY === 0 && i > 0) {
        document = TextDocument.create(document.uri, 'xml', document.version + 1, source.text);
        history.length = 0;
      }
      const { change, kind } = mutation(document, random);
      history.push(kind);
      document = TextDocument.update(document, [change], document.version + 1);
      edits++;
      const text = document.getText();
      const offsets = [0, text.length, Math.floor(random() * (text.length + 1)), Math.floor(random() * (text.length + 1))];
      try {
        exercise(text, offsets, `${source.name} after edit ${i} (${kind})`);
      } catch (error) {
        // Enough to reproduce: the seed, the edit number and the document as it was.
        (error as Error).message += `\nseed ${seed + index}, edits since reset: ${history.join(', ')}\n--- document ---\n${text.slice(0, 4000)}`;
        throw error;
      }
    }
  });
  return edits;
}

test("fuzz: seeded random edits of the repository's documents, through TextDocument.update", () => {
  const documents = repositoryCorpus();
  assert.ok(documents.length >= 10, 'our fixtures and crafted documents');
  const edits = fuzzDocuments(documents, 0x5eed + 100);
  assert.ok(edits >= 1400, `${edits} edits`);
});

test('fuzz: seeded random edits of the public samples beside the repository', { skip: SKIP_WITHOUT_REFERENCE }, () => {
  const documents = referenceCorpus();
  assert.ok(documents.length >= 10, 'the public samples');
  const edits = fuzzDocuments(documents, 0x5eed);
  assert.ok(edits >= 1400, `${edits} edits`);
});

test('fuzz: a huge attribute value, a huge text value and a huge comment', () => {
  const huge = 'x'.repeat(1_000_000);
  const cases = [
    `<VPNProfile a="${huge}"><AlwaysOn>true</AlwaysOn></VPNProfile>`,
    `<VPNProfile><ProfileName>${huge}</ProfileName><DnsSuffix>${'a.'.repeat(200_000)}com</DnsSuffix></VPNProfile>`,
    `<VPNProfile><!--${huge}--><TrustedNetworkDetection>${'corp.contoso.com,'.repeat(30_000)}</TrustedNetworkDetection></VPNProfile>`,
    `<VPNProfile><AlwaysOn a="${huge}`,
    `<VPNProfile><NativeProfile><Servers>${'vpn.contoso.com;'.repeat(50_000)}</Servers></NativeProfile></VPNProfile>`,
  ];
  cases.forEach((text, i) => exercise(text, [0, 5, 20, text.length >> 1, text.length - 3, text.length], `huge value case ${i}`));
});

test('fuzz: a big profile escaped or in CDATA inside SyncML (embedded analysis maps every character back)', () => {
  const profile = `<VPNProfile><AlwaysOn>True</AlwaysOn>${'<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>'.repeat(4_000)}</VPNProfile>`;
  const escaped = profile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const cases = [
    `<SyncML><SyncBody><Replace><Item><Data>${escaped}</Data></Item></Replace></SyncBody></SyncML>`,
    `<SyncML><SyncBody><Replace><Item><Data><![CDATA[${profile}]]></Data></Item></Replace></SyncBody></SyncML>`,
    // Text, comments and CDATA pieces interleaved: thousands of pieces in one text value.
    `<SyncML><Item><Data>${escaped.replace(/&lt;Route&gt;/g, '<!-- r -->&lt;Route&gt;<![CDATA[]]>')}</Data></Item></SyncML>`,
  ];
  cases.forEach((text, i) => {
    const analysis = exercise(text, [0, text.length >> 1, text.length - 20], `embedded case ${i}`);
    assert.equal(analysis.kind, 'profile', `embedded case ${i} is analysed as a profile`);
  });
});

test('fuzz: text documents (PowerShell output, logs) with thousands of embedded profile blocks', () => {
  const cases = [
    'ProfileXML : <VPNProfile>\n'.repeat(40_000),
    'ProfileXML : <VPNProfile><AlwaysOn>True</AlwaysOn></VPNProfile>\n'.repeat(10_000),
    `Name : x\nProfileXML : <VPNProfile><NativeProfile>\n${'             <Servers>vpn</Servers>\n'.repeat(20_000)}`,
    '<EapHostConfig '.repeat(50_000),
    'The error code returned on failure is 853. Reason Code: 258 0x800B0101\n'.repeat(30_000),
  ];
  cases.forEach((text, i) => exercise(text, [0, 30, text.length >> 1, text.length], `text case ${i}`));
});

test('fuzz: deep nesting', () => {
  for (const depth of [1_000, 10_000, 50_000]) {
    const open = '<a>'.repeat(depth);
    const cases = [
      `<VPNProfile>${open}${'</a>'.repeat(depth)}</VPNProfile>`,
      `<VPNProfile><NativeProfile>${open}</NativeProfile></VPNProfile>`,
      `<VPNProfile>${'<Route>'.repeat(depth)}`,
      `<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><Config>${open}`,
    ];
    cases.forEach((text, i) => exercise(text, [0, 3, 14, text.length >> 1, text.length - 2, text.length], `nesting ${depth}, case ${i}`));
  }
});

test('fuzz: deep namespaces, deep mismatched end tags, profiles nested deep in other XML', () => {
  for (const depth of [5_000, 40_000]) {
    const cases = [
      `<VPNProfile>${'<a xmlns:x="urn:x">'.repeat(depth)}${'</a>'.repeat(depth)}</VPNProfile>`,
      `<VPNProfile>${'<q:a xmlns:x="urn:x" y:b="1">'.repeat(depth)}</VPNProfile>`,
      `<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">${'<Config xmlns="urn:other">'.repeat(depth)}`,
      `<VPNProfile>${'<a><b>'.repeat(depth)}${'</c>'.repeat(depth)}${'</a>'.repeat(depth)}</VPNProfile>`,
      `<SyncML>${'<VPNProfile>'.repeat(depth)}</SyncML>`,
      `<SyncML>${'<Item>'.repeat(depth)}<Data>&lt;VPNProfile&gt;&lt;AlwaysOn&gt;True&lt;/AlwaysOn&gt;&lt;/VPNProfile&gt;</Data></SyncML>`,
    ];
    cases.forEach((text, i) => exercise(text, [0, 13, text.length >> 1, text.length - 2, text.length], `deep ${depth}, case ${i}`, { maxAnalysisSize: Infinity }));
  }
});

test('fuzz: wide documents: 80,000 attributes on one element, long lines, thousands of embedded profiles', () => {
  const attributes = (count: number, name: (i: number) => string) => Array.from({ length: count }, (_, i) => `${name(i)}="${i}"`).join(' ');
  const cases = [
    `<VPNProfile><AlwaysOn ${attributes(80_000, (i) => `a${i}`)}>true</AlwaysOn></VPNProfile>`,
    `<VPNProfile ${attributes(80_000, (i) => `p:a${i}`)} xmlns:p="urn:p"><AlwaysOn>true</AlwaysOn></VPNProfile>`,
    `<VPNProfile><AlwaysOn ${attributes(80_000, () => 'Enabled')}>true</AlwaysOn></VPNProfile>`,
    `<VPNProfile><AlwaysOn ${attributes(80_000, (i) => `a${i}`)}`,
    `<VPNProfile><AlwaysOn ${'x'.repeat(1_000_000)}`,
    `<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><Config><Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"><Type>13</Type><EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1"><TLSExtensions xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2"><FilteringInfo xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV3"><ClientAuthEKUList ${'E'.repeat(500_000)}`,
    // One line of 1.4 MB, and the same split into lines.
    `<VPNProfile>${'<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>'.repeat(20_000)}</VPNProfile>`,
    `<VPNProfile>\n${'<Route>\n<Address>10.0.0.0</Address>\n<PrefixSize>8</PrefixSize>\n</Route>\n'.repeat(20_000)}</VPNProfile>`,
    `<VPNProfile><ProfileName>${'a < b &amp; c & d '.repeat(60_000)}</ProfileName></VPNProfile>`,
    `<VPNProfile>${'<a b="1"c=d e/>'.repeat(60_000)}</VPNProfile>`,
    `<VPNProfile>${'< '.repeat(500_000)}</VPNProfile>`,
    'x <VPNProfile><AlwaysOn>True</AlwaysOn></VPNProfile>'.repeat(30_000),
    'ProfileXML : <VPNProfile><AlwaysOn>True</AlwaysOn>\n'.repeat(30_000),
    `<SyncML>${'<Item><Data>&lt;VPNProfile&gt;&lt;AlwaysOn&gt;True&lt;/AlwaysOn&gt;&lt;/VPNProfile&gt;</Data></Item>'.repeat(10_000)}</SyncML>`,
  ];
  cases.forEach((text, i) => exercise(text, [0, 13, 30, text.length >> 1, text.length - 3, text.length - 1, text.length], `wide case ${i}`, { maxAnalysisSize: Infinity }));
});

test('fuzz: 100,000 siblings', () => {
  const routes = '<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>'.repeat(100_000);
  const cases = [
    `<VPNProfile>${'<Route/>'.repeat(100_000)}</VPNProfile>`,
    `<VPNProfile>${routes}</VPNProfile>`,
    `<VPNProfile>${'<Unknown>x</Unknown>'.repeat(100_000)}</VPNProfile>`,
    `<VPNProfile>${'<AlwaysOn>True</AlwaysOn>'.repeat(100_000)}</VPNProfile>`,
    `<VPNProfile>${'<x a="1" a="2"/>'.repeat(100_000)}`,
    `<VPNProfile>${'&'.repeat(100_000)}</VPNProfile>`,
    `<VPNProfile>${'</x>'.repeat(100_000)}</VPNProfile>`,
    `<VPNProfile>${'<DomainNameInformation><DomainName>.corp.contoso.com</DomainName><DnsServers>10.0.0.1</DnsServers></DomainNameInformation>'.repeat(20_000)}</VPNProfile>`,
    `<VPNProfile>${'<TrafficFilter><App><Id>SYSTEM</Id></App><Protocol>6</Protocol></TrafficFilter>'.repeat(20_000)}</VPNProfile>`,
    `<VPNProfile>${'<alwayson>true</alwayson><Address>1</Address>'.repeat(50_000)}</VPNProfile>`,
    `<VPNProfile>${'<a '.repeat(100_000)}</VPNProfile>`,
    `<VPNProfile>${'<!-- c --><?pi x?><![CDATA[d]]>'.repeat(50_000)}</VPNProfile>`,
  ];
  cases.forEach((text, i) => exercise(text, [0, 13, text.length >> 1, text.length - 1, text.length], `siblings case ${i}`, { maxAnalysisSize: Infinity }));
});

/** The innermost element containing `offset`, by looking at every node (what elementAt answers faster). */
function elementByScan(nodes: readonly XmlNode[], offset: number): XmlElement | undefined {
  let found: XmlElement | undefined;
  let level = nodes;
  for (;;) {
    const next = level.find((n): n is XmlElement => n instanceof XmlElement && offset >= n.start && (offset < n.end || (offset === n.end && !n.closed)));
    if (!next) return found;
    found = next;
    level = next.children;
  }
}

test('fuzz: elementAt finds the element a scan of every node finds, in mutated documents and after repair', () => {
  let lookups = 0;
  // The repository's own documents: this runs with or without ../shared beside the clone.
  repositoryCorpus().forEach((source, index) => {
    const random = prng(0xe1e + index);
    let document = TextDocument.create(`file:///at/${index}.xml`, 'xml', 1, source.text);
    for (let i = 0; i < 40; i++) {
      document = TextDocument.update(document, [mutation(document, random).change], document.version + 1);
      const text = document.getText();
      // The analysis repairs unclosed elements (moving children up); the parser's tree is the other case.
      const roots: XmlNode[][] = [parseXml(text).children, ...analyzeDocument(text).units.map((u) => [u.root])];
      for (const nodes of roots) {
        for (let k = 0; k < 8; k++) {
          const offset = Math.floor(random() * (text.length + 1));
          assert.equal(elementAt(nodes, offset), elementByScan(nodes, offset), `${source.name}, edit ${i}, offset ${offset}`);
          lookups++;
        }
      }
    }
  });
  assert.ok(lookups > 5_000, `${lookups} lookups`);
});

// The parser resolves prefixes through the open elements that declare namespaces (linear on deep nesting);
// XmlElement.lookupNamespace walks every ancestor. Both must agree on every element; the number of elements checked.
function checkNamespaces(documents: readonly CorpusDocument[], seed: number): number {
  let elements = 0;
  documents.forEach((source, index) => {
    const random = prng(seed + index);
    let document = TextDocument.create(`file:///ns/${index}.xml`, 'xml', 1, source.text);
    for (let i = 0; i < 40; i++) {
      document = TextDocument.update(document, [mutation(document, random).change], document.version + 1);
      const stack: XmlNode[] = [...parseXml(document.getText()).children];
      while (stack.length) {
        const node = stack.pop()!;
        if (!(node instanceof XmlElement)) continue;
        elements++;
        assert.equal(node.namespaceUri, node.lookupNamespace(node.prefix) ?? '', `${source.name}, edit ${i}: <${node.name}> at ${node.start}`);
        stack.push(...node.children);
      }
    }
  });
  return elements;
}

test('fuzz: the parser resolves every element namespace as the model looks it up, in mutated repository documents', () => {
  const elements = checkNamespaces(repositoryCorpus(), 0xa11ce + 100);
  assert.ok(elements > 3_000, `${elements} elements checked`);
});

test('fuzz: the parser resolves every element namespace as the model looks it up, in mutated public samples', { skip: SKIP_WITHOUT_REFERENCE }, () => {
  const elements = checkNamespaces(referenceCorpus(), 0xa11ce);
  assert.ok(elements > 5_000, `${elements} elements checked`);
});
