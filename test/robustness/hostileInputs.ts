// Generated hostile inputs shared by the memory tests (test/robustness/memory.test.ts) and the benchmark
// (bench/hostile.mjs): raw `&` and `<` by the megabyte, 80,000 attributes, 100,000 siblings, deep nesting, inputs
// just below the size guard, a million PowerShell Format-List lines, a huge attribute value.

export const MB = 1024 * 1024;

/** Repeats `unit` until the text is about `size` characters, between `head` and `tail`. */
const fill = (head: string, unit: string, tail: string, size: number) => head + unit.repeat(Math.floor((size - head.length - tail.length) / unit.length)) + tail;

export interface HostileInput {
  readonly name: string;
  /** A file name for it (the extension tells the CLI and the server what it is). */
  readonly file: string;
  readonly languageId: string;
  readonly text: () => string;
}

/** Just below the default size guard (2,000,000 characters): analysed in full, not only checked for well-formedness. */
const BELOW_GUARD = 1_950_000;

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: '5 MB of raw &', file: 'amp.xml', languageId: 'xml', text: () => fill('<VPNProfile><ProfileName>', '&', '</ProfileName></VPNProfile>', 5 * MB) },
  { name: '5 MB of raw <', file: 'lt.xml', languageId: 'xml', text: () => fill('<VPNProfile>', '<', '</VPNProfile>', 5 * MB) },
  { name: 'raw < and & just below the size guard', file: 'lt-amp.xml', languageId: 'xml', text: () => fill('<VPNProfile>', '< &', '</VPNProfile>', BELOW_GUARD) },
  {
    name: '80,000 attributes on one element',
    file: 'attributes.xml',
    languageId: 'xml',
    text: () => `<VPNProfile><AlwaysOn ${Array.from({ length: 80_000 }, (_, i) => `a${i}="${i}"`).join(' ')}>true</AlwaysOn></VPNProfile>`,
  },
  {
    name: '100,000 sibling routes',
    file: 'siblings.xml',
    languageId: 'xml',
    text: () => `<VPNProfile>${'<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>'.repeat(100_000)}</VPNProfile>`,
  },
  {
    name: '100,000 siblings, analysed in full',
    file: 'siblings-small.xml',
    languageId: 'xml',
    text: () => `<VPNProfile>${'<Route/>'.repeat(60_000)}${'<Unknown>x</Unknown>'.repeat(40_000)}</VPNProfile>`,
  },
  { name: '5 MB of nested elements', file: 'deep.xml', languageId: 'xml', text: () => fill('<VPNProfile>', '<a>', '', 5 * MB) },
  { name: '278,000 nested elements just below the size guard', file: 'deep-small.xml', languageId: 'xml', text: () => fill('<VPNProfile>', '<Route>', '', BELOW_GUARD) },
  { name: '190,000 nested elements, analysed in full', file: 'deep-tree.xml', languageId: 'xml', text: () => `<VPNProfile>${'<a b="1">'.repeat(190_000)}${'</a>'.repeat(190_000)}</VPNProfile>` },
  { name: 'a million Format-List lines', file: 'transcript.txt', languageId: 'plaintext', text: () => 'ProfileXML : <VPNProfile>\n'.repeat(1_000_000) },
  { name: 'a 5 MB attribute value', file: 'value.xml', languageId: 'xml', text: () => `<VPNProfile a="${'x'.repeat(5 * MB)}"><AlwaysOn>true</AlwaysOn></VPNProfile>` },
];
