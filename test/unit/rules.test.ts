// The rule registry: unique stable IDs, the rule objects themselves sorted by ID, documentation links, declared fix
// kinds, documented examples that behave as documented, every reported rule registered, and docs/rules.md, a page
// per rule (docs/rules/FAMILY/NAME.md) and docs/sources.md generated from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allCertificateRules } from '../../server/src/core/certificates/rules';
import { xmlTextRules } from '../../server/src/core/characters/rules';
import { requiresNewerWindows } from '../../server/src/core/profile/rules/requires-newer-windows';
import { versionOfBuild } from '../../server/src/core/windows/versions';
import { expiredRule } from '../../server/src/core/certificates/rules/expired';
import { userNotStronglyMappedRule } from '../../server/src/core/certificates/rules/user-not-strongly-mapped';
import { deviceTunnelForceTunnel } from '../../server/src/core/profile/rules/device-tunnel-force-tunnel';
import { eapCatalogue } from '../../server/src/core/eap/catalogue';
import { eapRules } from '../../server/src/core/eap/rules';
import { profileCatalogue } from '../../server/src/core/profile/catalogue';
import { profileRules } from '../../server/src/core/profile/rules';
import type { Catalogue } from '../../server/src/core/catalogue/catalogue';
import type { ElementSpec } from '../../server/src/core/catalogue/types';
import { coreRules, FINDING_LIMIT_RULE } from '../../server/src/core/rules/coreRules';
import { rulePageMarkdown, rulePagePath, rulePages, rulesMarkdown, rulesSettingSchema, sourceOf, sourcesMarkdown } from '../../server/src/core/rules/reference';
import { allRules, ruleById } from '../../server/src/core/rules/registry';
import { schemaRuleMeta, schemaRules } from '../../server/src/core/rules/schema';
import { valueRuleMeta, valueRules } from '../../server/src/core/rules/valueRules';
import { XML_RULES, xmlRules } from '../../server/src/core/rules/xmlRules';
import { SOURCE_ABOUT, SOURCES } from '../../server/src/core/sources';
import { findingsOf } from '../../server/src/core/testing/ruleTester';
import { problemKindsOf } from '../../server/src/core/values/validate';
import { analyzeDocument } from '../../server/src/core/analysis';

const ROOT = path.resolve(__dirname, '..', '..', '..');

test('rule IDs are unique, kebab-case, grouped by family and sorted', () => {
  const rules = allRules();
  const ids = rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(ids, [...ids].sort());
  for (const id of ids) assert.match(id, /^(xml|profile|eap|cert|aovpn)\/[a-z0-9]+(-[a-z0-9]+)*$/, id);
  assert.ok(rules.length > 150, `${rules.length} rules`);
});

test('the registry holds the rule objects themselves, from every family', () => {
  assert.equal(ruleById(expiredRule.id), expiredRule);
  assert.equal(ruleById('xml/unescaped-ampersand'), XML_RULES['xml/unescaped-ampersand']);
  assert.equal(ruleById('profile/element-order'), schemaRuleMeta('profile', 'element-order'));
  assert.equal(ruleById('eap/boolean-case'), valueRuleMeta('eap', 'boolean-case'));
  assert.equal(ruleById('no/such-rule'), undefined);
  for (const rule of [...xmlRules, ...xmlTextRules, ...schemaRules, ...valueRules, ...profileRules, ...eapRules, ...allCertificateRules, ...coreRules]) {
    assert.equal(ruleById(rule.id), rule, rule.id);
  }
  assert.equal(
    allRules().length,
    xmlRules.length + xmlTextRules.length + schemaRules.length + valueRules.length + profileRules.length + eapRules.length + allCertificateRules.length + coreRules.length,
  );
});

test('every rule has a title, a severity and (except the analysis rules) a documentation link', () => {
  for (const rule of allRules()) {
    assert.ok(rule.title.length > 10, rule.id);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.defaultSeverity), rule.id);
    if (!rule.id.startsWith('aovpn/')) assert.match(rule.docUrl, /^https:\/\//, rule.id);
  }
});

test('the XML, catalogue, value, certificate and analysis rules declare their fix kinds and explain themselves', () => {
  for (const rule of [...xmlRules, ...xmlTextRules, ...schemaRules, ...valueRules, ...allCertificateRules, ...coreRules]) {
    assert.ok(Array.isArray(rule.fixKinds), `${rule.id} declares fixKinds`);
    assert.ok((rule.docs?.rationale.length ?? 0) > 40, `${rule.id} has a rationale`);
  }
});

test('documented examples behave as documented: the wrong one is reported, the right one is not', () => {
  let checked = 0;
  for (const rule of allRules()) {
    const docs = rule.docs;
    if (!docs || rule.id.startsWith('cert/')) continue;
    // The target rule's examples say they assume the target Windows 10 22H2.
    const options = rule === requiresNewerWindows ? { targetWindows: versionOfBuild(19045) } : {};
    if (docs.wrong !== undefined) {
      assert.ok(findingsOf(rule, docs.wrong, {}, [], options).length > 0, `${rule.id} reports its documented wrong example`);
      checked++;
    }
    if (docs.right !== undefined)
      assert.deepEqual(
        findingsOf(rule, docs.right, {}, [], options).map((f) => f.message),
        [],
        `${rule.id} is silent on its documented right example`,
      );
  }
  assert.ok(checked > 60, `${checked} examples checked`);
});

/** Every (area, problem kind) a catalogue's value specs can produce. */
function producedKinds(catalogue: Catalogue): Set<string> {
  const kinds = new Set<string>();
  const seen = new Set<ElementSpec>();
  const visit = (spec: ElementSpec) => {
    if (seen.has(spec)) return;
    seen.add(spec);
    if (spec.value) for (const kind of problemKindsOf(spec.value)) kinds.add(`${catalogue.area}/${kind}`);
    for (const attribute of spec.attributes ?? []) for (const kind of problemKindsOf(attribute.value)) kinds.add(`${catalogue.area}/${kind}`);
    for (const child of spec.children ?? []) visit(child.spec);
  };
  visit(catalogue.root);
  return kinds;
}

test('value rules: one for every kind of value problem the catalogues can produce, and none that cannot occur', () => {
  const produced = new Set([...producedKinds(profileCatalogue), ...producedKinds(eapCatalogue), 'profile/invalid-app-id' /* TrafficFilter/App checks its Id outside the catalogue */]);
  assert.deepEqual(
    [...produced].sort(),
    valueRules.map((rule) => rule.id),
  );
});

test('catalogue rules: profile/wrong-namespace and eap/csp-node-name are not rules, because they cannot occur', () => {
  // ProfileXML elements carry no namespace (the embedded EapHostConfig is checked with the EAP catalogue).
  const seen = new Set<ElementSpec>();
  const namespaced: string[] = [];
  const visit = (spec: ElementSpec) => {
    if (seen.has(spec)) return;
    seen.add(spec);
    if (spec.namespace !== undefined) namespaced.push(spec.name);
    for (const child of spec.children ?? []) visit(child.spec);
  };
  visit(profileCatalogue.root);
  assert.deepEqual(namespaced, []);
  assert.equal(ruleById('profile/wrong-namespace'), undefined);
  assert.equal(ruleById('eap/csp-node-name'), undefined);
  assert.throws(() => schemaRuleMeta('profile', 'wrong-namespace'));
});

test('profile/element-order is an opt-in hint: silent by default on a profile out of XSD order', () => {
  const rule = schemaRuleMeta('profile', 'element-order');
  assert.equal(rule.optIn, true);
  assert.equal(rule.defaultSeverity, 'hint');
  const text = '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <AlwaysOn>true</AlwaysOn>\n</VPNProfile>\n';
  assert.deepEqual(
    analyzeDocument(text).findings.filter((f) => f.ruleId === rule.id),
    [],
  );
  const opted = analyzeDocument(text, { rules: { [rule.id]: 'hint' } }).findings.filter((f) => f.ruleId === rule.id);
  assert.equal(opted.length, 1);
  assert.match(opted[0].message, /Windows accepts ProfileXML elements in any order/);
});

test('every rule reported on the examples and fixtures is registered', () => {
  const dirs = [path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures', 'profiles'), path.join(ROOT, 'test', 'e2e', 'workspace')];
  let seen = 0;
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.xml'))) {
      for (const finding of analyzeDocument(fs.readFileSync(path.join(dir, name), 'utf8')).findings) {
        assert.ok(ruleById(finding.ruleId), `${name}: ${finding.ruleId} is not in the registry`);
        seen++;
      }
    }
  }
  assert.ok(seen > 10);
});

test('every source has our own description', () => {
  for (const id of Object.keys(SOURCES) as (keyof typeof SOURCES)[]) assert.ok((SOURCE_ABOUT[id]?.length ?? 0) > 20, `SOURCE_ABOUT.${id}`);
});

test('the aovpn.rules setting lists every rule ID and family, so settings.json completes them (npm run docs)', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const schema = manifest.contributes.configuration.properties['aovpn.rules'] as { properties: Record<string, { enum: string[] }> };
  assert.deepEqual(schema as unknown, rulesSettingSchema());
  for (const rule of allRules()) assert.ok(schema.properties[rule.id], rule.id);
  assert.deepEqual(schema.properties['xml/*'].enum, ['error', 'warning', 'information', 'hint', 'off']);
});

test('docs/rules.md, docs/sources.md and every rule page are up to date, with no stale page (regenerate with: npm run docs)', () => {
  assert.equal(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'), rulesMarkdown());
  assert.equal(fs.readFileSync(path.join(ROOT, 'docs', 'sources.md'), 'utf8'), sourcesMarkdown());
  const pages = rulePages();
  assert.equal(pages.size, allRules().length);
  const onDisk = filesUnder(path.join(ROOT, 'docs', 'rules')).map((file) => path.relative(path.join(ROOT, 'docs'), file).split(path.sep).join('/'));
  assert.deepEqual(onDisk.sort(), [...pages.keys()].sort(), 'docs/rules/ holds exactly one page per registered rule');
  for (const [page, text] of pages) assert.equal(fs.readFileSync(path.join(ROOT, 'docs', page), 'utf8'), text, page);
});

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

test('a rule page: ID, severity, opt-in, rationale, both examples, the fix kind in words, the sources with titles, how to turn it off', () => {
  const rule = deviceTunnelForceTunnel;
  assert.equal(rulePagePath(rule.id), 'rules/profile/device-tunnel-force-tunnel.md');
  const page = rulePageMarkdown(rule);
  assert.ok(page.startsWith('# `profile/device-tunnel-force-tunnel`\n\nA device tunnel must be split tunnel.\n'), page.slice(0, 120));
  assert.match(page, /^- Default severity: error$/m);
  assert.match(page, /^- Opt-in: no \(on by default\)$/m);
  assert.ok(page.includes(`## Why\n\n${rule.docs!.rationale}\n`));
  assert.ok(page.includes(`Reported:\n\n\`\`\`xml\n${rule.docs!.wrong!.trimEnd()}\n\`\`\`\n`));
  assert.ok(page.includes(`Not reported:\n\n\`\`\`xml\n${rule.docs!.right!.trimEnd()}\n\`\`\`\n`));
  assert.deepEqual(rule.fixKinds, ['suggestion']);
  assert.match(page, /## Fixes\n\n- \*\*Suggestion\*\*: .*offered in the light bulb only; fix-all and `aovpn check --fix` never apply it\./);
  assert.ok(!page.includes('**Safe fix**'));
  assert.ok(
    page.includes('- [Configure VPN device tunnels in Windows client](https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config) (Microsoft documentation)'),
  );
  assert.ok(page.includes('`"aovpn.rules": { "profile/device-tunnel-force-tunnel": "off" }`'));
  assert.ok(page.includes('`aovpn check --rule profile/device-tunnel-force-tunnel=off`'));
  // The reason follows a single ` - `: a `--` inside an XML comment is itself an error.
  assert.ok(page.includes('`<!-- aovpn-disable-next-line profile/device-tunnel-force-tunnel - reason -->`'));
  assert.ok(page.endsWith('[All rules](../../rules.md#profile-device-tunnel-force-tunnel)\n'));

  const safe = rulePageMarkdown(ruleById('xml/unescaped-ampersand')!);
  assert.match(safe, /- \*\*Safe fix\*\*: it has one right answer, so fix-all .* and `aovpn check --fix` apply it/);
  assert.match(rulePageMarkdown(schemaRuleMeta('profile', 'element-order')), /^- Opt-in: yes \(off until the `aovpn.rules` setting gives it a severity\)$/m);
  assert.match(rulePageMarkdown(expiredRule), /## Fixes\n\nThis rule offers no automatic fix\./);
  assert.match(rulePageMarkdown(FINDING_LIMIT_RULE), /A suppression comment cannot silence this finding/);
  assert.doesNotMatch(rulePageMarkdown(FINDING_LIMIT_RULE), /aovpn-disable-next-line/);
});

test('a rule page lists every source the rule cites, with its title and kind', () => {
  const page = rulePageMarkdown(userNotStronglyMappedRule);
  const sources = page.slice(page.indexOf('## Sources'), page.indexOf('## Turning it off'));
  const urls = [userNotStronglyMappedRule.docUrl, ...userNotStronglyMappedRule.docs!.seeAlso!];
  assert.equal(urls.length, 4);
  for (const url of urls) assert.ok(sources.includes(`[${sourceOf(url)!.title}](${url})`), url);
  assert.match(sources, /\(a practitioner's published finding, cited where Microsoft is silent\)/);
  assert.match(rulePageMarkdown(expiredRule), /No example on this page: the rule judges certificate files/);
  for (const rule of allRules()) for (const url of rule.docs?.seeAlso ?? []) assert.ok(sourceOf(url), `${rule.id}: ${url} is a registered source`);
});

test('docs/rules.md links every rule to its page', () => {
  const index = rulesMarkdown();
  for (const rule of allRules()) assert.ok(index.includes(`| [\`${rule.id}\`](${rulePagePath(rule.id)}) |`), rule.id);
});

test('the rules without a wrong and a right example are these (certificate rules judge files a text cannot show)', () => {
  const without = allRules()
    .filter((rule) => rule.docs?.wrong === undefined || rule.docs?.right === undefined)
    .map((rule) => rule.id)
    .filter((id) => !id.startsWith('cert/'));
  // aovpn/*: findings about the analysis itself. profile/invalid-sddl: Microsoft documents no Claims value to show.
  assert.deepEqual(without, ['aovpn/finding-limit', 'aovpn/internal-error', 'aovpn/size-limit', 'profile/invalid-sddl']);
  for (const page of [...rulePages().values()]) assert.ok(/Reported:|No example on this page|This rule has no example yet/.test(page));
});
