// Checks the EAP catalogue against the verbatim Microsoft schema fragments in ../shared/reference/eap: every
// element a fragment names exists with the right namespace, and the sequences we model have the documented
// occurrences and order.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ChildSpec, ElementSpec } from '../catalogue/types';
import { analyzeDocument } from '../analysis';
import { eapCatalogue } from './catalogue';
import { NS } from './namespaces';
import { eapDocument, tlsEapType } from './rules/examples';

const FRAGMENTS = join(__dirname, '../../../../../../shared/reference/eap/eaphost-schema-fragments.md');
const SKIP = existsSync(FRAGMENTS) ? false : 'shared/reference is not available';

/** Namespace of the elements a fragment page defines, from the page name. */
const PAGE_NAMESPACES: readonly [RegExp, string][] = [
  [/^baseeapconnectionpropertiesv1schema-/, NS.baseEap],
  [/^eapcommonschema-/, NS.eapCommon],
  [/^eaphostconfigschema-/, NS.eapHostConfig],
  [/^eaptlsconnectionpropertiesv1schema-/, NS.tlsV1],
  [/^eaptlsconnectionpropertiesv2sc?hema-/, NS.tlsV2], // one page is spelt "v2shema"
  [/^eaptlsconnectionpropertiesv3schema-/, NS.tlsV3],
  [/^mspeapconnectionpropertiesv1(schema)?-/, NS.peapV1],
  [/^mspeapconnectionpropertiesv2-/, NS.peapV2],
  [/^mspeapconnectionpropertiesv3schema-/, NS.peapV3],
  [/^mschapv2connectionpropertiesv1schema-/, NS.msChapV2],
];

/** `ref="prefix:Name"` prefixes used in the fragments. */
const REF_NAMESPACES: Record<string, string> = { extendedTLS: NS.tlsV2, extendedPeap: NS.peapV2 };

/**
 * Elements a fragment names that the catalogue deliberately leaves out or places differently, with the reason.
 * Keys are `page|element`.
 */
const DOCUMENTED_EXCEPTIONS: Record<string, string> = {
  'baseeapconnectionpropertiesv1schema-eaptype-element|EapType': 'abstract head of the substitution group; the catalogue has the concrete EapType of each method',
  'eaptlsconnectionpropertiesv3schema-extensions-extensionparams-element|Extensions': 'global V3 element not used by FilteringInfo; TLSExtensions is open content, so it is tolerated there',
  'mspeapconnectionpropertiesv3schema-peapextensionsv3-peapextensionstypev3-element|PeapExtensionsV3': 'no documented parent; PeapExtensionsV2 is open content, so it is tolerated there',
  // The v1 page declares PeapExtensionsV2 locally, but PeapExtensionsType refers to it as extendedPeap:PeapExtensionsV2
  // and Microsoft's LAN profile sample writes it with the MsPeapConnectionPropertiesV2 namespace.
  'mspeapconnectionpropertiesv1-peapextensionsv2-peapextensionstype-element|PeapExtensionsV2': NS.peapV2,
};

interface Fragment {
  readonly page: string;
  readonly code: string;
}

function readFragments(): Fragment[] {
  const text = readFileSync(FRAGMENTS, 'utf8');
  const fragments: Fragment[] = [];
  for (const section of text.split(/^## /m).slice(1)) {
    const page = section.slice(0, section.indexOf('\n')).trim();
    const code = [...section.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
    fragments.push({ page, code });
  }
  return fragments;
}

interface DeclaredElement {
  readonly name: string;
  readonly namespace: string;
  readonly min: number;
  readonly max: number;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

function declared(tag: string, pageNamespace: string): DeclaredElement | undefined {
  const name = attribute(tag, 'name')?.trim();
  const ref = attribute(tag, 'ref')?.trim();
  let namespace = pageNamespace;
  let local = name;
  if (!name && ref) {
    const [prefix, refName] = ref.includes(':') ? ref.split(':').map((s) => s.trim()) : ['', ref];
    namespace = prefix ? REF_NAMESPACES[prefix] : ref === 'Eap' ? NS.baseEap : pageNamespace;
    local = refName;
  }
  if (!local) return undefined;
  const max = attribute(tag, 'maxOccurs');
  return { name: local, namespace, min: Number(attribute(tag, 'minOccurs') ?? 1), max: max === 'unbounded' ? Infinity : Number(max ?? 1) };
}

function pageNamespace(page: string): string | undefined {
  return PAGE_NAMESPACES.find(([pattern]) => pattern.test(page))?.[1];
}

function specsNamed(name: string): ElementSpec[] {
  return (eapCatalogue.byName.get(name) ?? []).map((p) => p.spec);
}

test('every element named in a Microsoft schema fragment is in the catalogue with its namespace', { skip: SKIP }, () => {
  let checked = 0;
  for (const { page, code } of readFragments()) {
    const namespace = pageNamespace(page);
    if (!namespace) continue; // TEAP and TTLS pages: schemas the catalogue does not model
    for (const tag of code.match(/<xs:element\b[^>]*>/g) ?? []) {
      const element = declared(tag, namespace);
      if (!element) continue;
      const exception = DOCUMENTED_EXCEPTIONS[`${page}|${element.name}`];
      if (exception && !exception.startsWith('http')) continue;
      const expected = exception ?? element.namespace;
      const found = specsNamed(element.name).map((s) => s.namespace);
      assert.ok(found.includes(expected), `${page}: <${element.name}> in ${expected} (catalogue has ${found.join(', ') || 'none'})`);
      checked++;
    }
  }
  assert.ok(checked > 60, `only ${checked} elements checked`);
});

/** Owner of a fragment's sequence -> the catalogue specs whose children it describes. */
const SEQUENCE_OWNERS: Record<string, { name: string; namespace: string }[]> = {
  'eapcommonschema-eapmethodtype-complextype': [{ name: 'EapMethod', namespace: NS.eapHostConfig }],
  'eaptlsconnectionpropertiesv1schema-certselection-complextype': [{ name: 'CertificateStore', namespace: NS.tlsV1 }],
  'eaptlsconnectionpropertiesv1schema-eaptype-element': [{ name: 'EapType', namespace: NS.tlsV1 }],
  'eaptlsconnectionpropertiesv1schema-servervalidationparameters-complextype': [{ name: 'ServerValidation', namespace: NS.tlsV1 }],
  'eaptlsconnectionpropertiesv3schema-cahashlistparams-complextype': [{ name: 'CAHashList', namespace: NS.tlsV3 }],
  'eaptlsconnectionpropertiesv3schema-ekulistpair-complextype': [{ name: 'EKUMapInList', namespace: NS.tlsV3 }],
  'eaptlsconnectionpropertiesv3schema-ekulistparams-complextype': [
    { name: 'ClientAuthEKUList', namespace: NS.tlsV3 },
    { name: 'AnyPurposeEKUList', namespace: NS.tlsV3 },
  ],
  'eaptlsconnectionpropertiesv3schema-ekumappair-complextype': [{ name: 'EKUMap', namespace: NS.tlsV3 }],
  'eaptlsconnectionpropertiesv3schema-ekumapparams-complextype': [{ name: 'EKUMapping', namespace: NS.tlsV3 }],
  'eaptlsconnectionpropertiesv3schema-filterinfoparams-complextype': [{ name: 'FilteringInfo', namespace: NS.tlsV3 }],
  'mschapv2connectionpropertiesv1schema-eaptype-element': [{ name: 'EapType', namespace: NS.msChapV2 }],
  'mspeapconnectionpropertiesv1schema-eaptype-element': [{ name: 'EapType', namespace: NS.peapV1 }],
  'mspeapconnectionpropertiesv1schema-peapextensionstype-complextype': [{ name: 'PeapExtensions', namespace: NS.peapV1 }],
  'mspeapconnectionpropertiesv1schema-servervalidationparameters-complextype': [{ name: 'ServerValidation', namespace: NS.peapV1 }],
  'mspeapconnectionpropertiesv2-identityprivacyparameters-complextype': [{ name: 'IdentityPrivacy', namespace: NS.peapV2 }],
};

test('modelled sequences have the documented children, occurrences and order', { skip: SKIP }, () => {
  const fragments = new Map(readFragments().map((f) => [f.page, f]));
  for (const [page, owners] of Object.entries(SEQUENCE_OWNERS)) {
    const fragment = fragments.get(page);
    assert.ok(fragment, `fragment ${page} is missing`);
    const namespace = pageNamespace(page)!;
    let tags: string[] = fragment.code.match(/<xs:element\b[^>]*>/g) ?? [];
    if (page.endsWith('-eaptype-element')) tags = tags.slice(1); // the first declares EapType itself
    const expected = tags.map((tag) => declared(tag, namespace)!).filter(Boolean);
    assert.ok(expected.length, `no elements read from ${page}`);
    for (const owner of owners) {
      const spec = specsNamed(owner.name).find((s) => s.namespace === owner.namespace);
      assert.ok(spec?.children, `${owner.name} (${owner.namespace}) has no children in the catalogue`);
      const children: ChildSpec[] = spec.children.filter((c) => expected.some((e) => e.name === c.spec.name && e.namespace === c.spec.namespace));
      assert.deepEqual(
        children.map((c) => ({ name: c.spec.name, namespace: c.spec.namespace, min: c.min, max: c.max })),
        expected.map((e) => ({ name: e.name, namespace: e.namespace, min: e.min, max: e.max })),
        `${page} -> ${owner.name}`,
      );
    }
  }
});

test('Config and ConfigBlob (an xs:choice in EapHostConfig) are optional in the catalogue and checked by eap/missing-method-config', () => {
  const root = eapCatalogue.root;
  assert.deepEqual(
    root.children?.map((c) => [c.spec.name, c.min, c.max]),
    [
      ['EapMethod', 1, 1],
      ['Config', 0, 1],
      ['ConfigBlob', 0, 1],
    ],
  );
  assert.equal(root.openContent, true);
});

test('the EapType under Eap is told apart by namespace, and unknown method namespaces are open content', () => {
  const eap = specsNamed('Eap').find((s) => s.children?.some((c) => c.spec.namespace === NS.peapV1));
  assert.ok(eap);
  assert.deepEqual(
    eap.children?.filter((c) => c.spec.name === 'EapType').map((c) => c.spec.namespace),
    [NS.tlsV1, NS.peapV1, NS.msChapV2],
  );
  assert.equal(eap.openContent, true);
  const inner = specsNamed('Eap').find((s) => s !== eap);
  assert.deepEqual(
    inner?.children?.filter((c) => c.spec.name === 'EapType').map((c) => c.spec.namespace),
    [NS.tlsV1, NS.msChapV2],
  );
});

test('every element has a summary and a documentation link; V2 elements say Windows 7, V3 Windows 8', () => {
  const seen = new Set<ElementSpec>();
  const visit = (spec: ElementSpec) => {
    if (seen.has(spec)) return;
    seen.add(spec);
    assert.ok(spec.summary.length > 20, `${spec.name}: summary`);
    assert.match(spec.docUrl ?? '', /^https:\/\/learn\.microsoft\.com\//, `${spec.name}: docUrl`);
    if (spec.namespace === NS.tlsV2 || spec.namespace === NS.peapV2) assert.equal(spec.minWindows, 'Windows 7', spec.name);
    if (spec.namespace === NS.tlsV3 && ['FilteringInfo', 'AllPurposeEnabled', 'CAHashList', 'ClientAuthEKUList', 'AnyPurposeEKUList'].includes(spec.name))
      assert.equal(spec.minWindows, 'Windows 8', spec.name);
    if (spec.namespace === NS.peapV3) assert.equal(spec.minWindows, 'Windows 8', spec.name);
    for (const child of spec.children ?? []) visit(child.spec);
  };
  visit(eapCatalogue.root);
  assert.ok(seen.size > 50);
});

test('value specs: ServerNames separators, thumbprints, booleans and type numbers are checked by the generic value rules', () => {
  const ids = (text: string) => analyzeDocument(text).findings.map((f) => f.ruleId);
  assert.ok(ids(eapDocument(tlsEapType({ serverNames: 'nps1.example.com, nps2.example.com' }))).includes('eap/server-names-separator'));
  assert.ok(ids(eapDocument(tlsEapType({ trustedRootCa: 'db 52 5d' }))).includes('eap/invalid-thumbprint'));
  assert.ok(ids(eapDocument(tlsEapType({ disablePrompt: 'yes' }))).includes('eap/invalid-boolean'));
  assert.ok(ids(eapDocument(tlsEapType(), { methodType: 256, eapTypeNumber: 13 })).includes('eap/integer-out-of-range'));
  // Empty ServerNames is allowed (no name restriction); the win32 samples' empty <TrustedRootCA /> is a warning only.
  const empty = analyzeDocument(eapDocument(tlsEapType({ serverNames: '', trustedRootCa: '' }))).findings;
  assert.deepEqual(
    empty.filter((f) => f.ruleId === 'eap/empty-value').map((f) => f.severity),
    ['warning'],
  );
});
