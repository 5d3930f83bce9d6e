import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import type { ElementSpec } from '../catalogue/types';
import type { XmlElement } from '../xml/model';
import { parseXml } from '../xml/parser';
import { profileCatalogue } from './catalogue';

const REPO = resolve(__dirname, '../../../../..');
const XSD_PATH = resolve(REPO, '../shared/reference/profilexml.xsd');

interface XsdElement {
  readonly path: string;
  readonly type: string | undefined;
  readonly min: number;
  readonly max: number;
  /** Child element names in document order. */
  readonly children: string[];
}

/** Every named xs:element of the published XSD, by slash path from VPNProfile. */
function readXsd(): Map<string, XsdElement> {
  const xml = parseXml(readFileSync(XSD_PATH, 'utf8'));
  assert.equal(xml.errors.length, 0, 'the XSD parses cleanly');
  const found = new Map<string, XsdElement>();
  const visit = (element: XmlElement, parentPath: string | undefined, parentChildren: string[] | undefined) => {
    let path = parentPath;
    let children = parentChildren;
    if (element.localName === 'element' && element.attribute('name')) {
      const name = element.attribute('name')!.value!;
      path = parentPath === undefined ? name : `${parentPath}/${name}`;
      parentChildren?.push(name);
      children = [];
      const maxText = element.attribute('maxOccurs')?.value ?? '1';
      found.set(path, {
        path,
        type: element.attribute('type')?.value,
        min: Number(element.attribute('minOccurs')?.value ?? '1'),
        max: maxText === 'unbounded' ? Infinity : Number(maxText),
        children,
      });
    }
    for (const child of element.elements()) visit(child, path, children);
  };
  visit(xml.root!, undefined, undefined);
  return found;
}

function specAt(path: string): { spec: ElementSpec; min: number; max: number } | undefined {
  const names = path.split('/');
  if (names[0] !== profileCatalogue.root.name) return undefined;
  let current = { spec: profileCatalogue.root, min: 1, max: 1 };
  for (const name of names.slice(1)) {
    const child = current.spec.children?.find((c) => c.spec.name === name);
    if (!child) return undefined;
    current = child;
  }
  return current;
}

function allSpecs(): { path: string; spec: ElementSpec }[] {
  const out: { path: string; spec: ElementSpec }[] = [];
  const walk = (spec: ElementSpec, path: string) => {
    out.push({ path, spec });
    for (const child of spec.children ?? []) walk(child.spec, `${path}/${child.spec.name}`);
  };
  walk(profileCatalogue.root, profileCatalogue.root.name);
  return out;
}

// The only XSD element the catalogue models differently: TrafficFilter/App accepts both `<App><Id>…</Id></App>` and
// Microsoft's older `<App>text</App>`, so it has no child specs and the rule profile/traffic-filter-app checks `<Id>`.
const MODELLED_BY_RULE = new Set(['VPNProfile/TrafficFilter/App/Id']);
// The XSD's Authentication is a choice; the catalogue orders its children as every real sample does.
const CHOICE_CONTAINERS = new Set(['VPNProfile/NativeProfile/Authentication']);

const skipWithoutReference = existsSync(XSD_PATH) ? false : `reference XSD not found at ${XSD_PATH}`;

test('the catalogue covers every element of the published XSD, with its occurrence limits', { skip: skipWithoutReference }, () => {
  const xsd = readXsd();
  assert.ok(xsd.size >= 75, `parsed only ${xsd.size} XSD elements`);
  for (const element of xsd.values()) {
    if (MODELLED_BY_RULE.has(element.path)) continue;
    const placed = specAt(element.path);
    assert.ok(placed, `catalogue lacks ${element.path}`);
    if (element.path === 'VPNProfile') continue;
    assert.equal(placed.min, element.min, `minOccurs of ${element.path}`);
    assert.equal(placed.max, element.max, `maxOccurs of ${element.path}`);
    assert.notEqual(placed.spec.inPublishedXsd, false, `${element.path} is in the XSD`);
    if (element.type === 'xs:boolean') assert.equal(placed.spec.value?.kind, 'boolean', `${element.path} is a boolean`);
  }
});

test('XSD elements appear in XSD order; elements outside the XSD are marked', { skip: skipWithoutReference }, () => {
  const xsd = readXsd();
  for (const element of xsd.values()) {
    const placed = specAt(element.path);
    if (!placed?.spec.children || CHOICE_CONTAINERS.has(element.path)) continue;
    const catalogueOrder = placed.spec.children.filter((c) => c.spec.inPublishedXsd !== false).map((c) => c.spec.name);
    assert.deepEqual(catalogueOrder, element.children, `children of ${element.path}`);
  }
  for (const { path, spec } of allSpecs()) {
    if (spec.inPublishedXsd === false) assert.ok(!xsd.has(path), `${path} is marked as outside the XSD but the XSD has it`);
    else assert.ok(xsd.has(path) || MODELLED_BY_RULE.has(path), `${path} is not in the XSD: mark it inPublishedXsd: false`);
  }
});

test('the elements Windows accepts outside the XSD are in the catalogue', () => {
  for (const path of [
    'VPNProfile/AlwaysOnActive',
    'VPNProfile/DataEncryption',
    'VPNProfile/DisableIKEv2Fragmentation',
    'VPNProfile/IPv4InterfaceMetric',
    'VPNProfile/IPv6InterfaceMetric',
    'VPNProfile/NetworkOutageTime',
    'VPNProfile/PrivateNetwork',
    'VPNProfile/UseRasCredentials',
    'VPNProfile/NativeProfile/ProtocolList',
    'VPNProfile/NativeProfile/ProtocolList/NativeProtocol/Type',
    'VPNProfile/NativeProfile/ProtocolList/RetryTimeInHours',
    'VPNProfile/NativeProfile/ProtocolList/RetryTimeinHours',
  ]) {
    const placed = specAt(path);
    assert.ok(placed, `catalogue lacks ${path}`);
    assert.equal(placed.spec.inPublishedXsd, false, `${path} is outside the XSD`);
  }
});

test('DomainNameType, the Get-only NRPT node Windows writes into read-back profiles, is known and marked read only', () => {
  const placed = specAt('VPNProfile/DomainNameInformation/DomainNameType');
  assert.ok(placed, 'catalogue lacks DomainNameType');
  assert.equal(placed.spec.readOnly, true);
  assert.equal(placed.spec.inPublishedXsd, false);
  assert.deepEqual(placed.spec.value?.kind === 'enum' ? placed.spec.value.values.map((v) => v.value) : [], ['FQDN', 'Suffix']);
});

test('every spec has a summary, a CSP path and a documentation link', () => {
  for (const { path, spec } of allSpecs()) {
    assert.ok(spec.summary.length > 10, `summary of ${path}`);
    assert.match(spec.cspPath ?? '', /^\.\/(Device\/|User\/)?Vendor\/MSFT\/VPNv2\/\{ProfileName\}/, `cspPath of ${path}`);
    assert.match(spec.docUrl ?? '', /^https:\/\/learn\.microsoft\.com\//, `docUrl of ${path}`);
  }
});

test('the facts the rules rely on are in the catalogue', () => {
  assert.deepEqual(specAt('VPNProfile/AlwaysOn')?.spec.value, { kind: 'boolean', strictLowercaseTrue: true });
  assert.deepEqual(specAt('VPNProfile/RememberCredentials')?.spec.value, { kind: 'boolean', strictLowercaseTrue: true });
  assert.equal(specAt('VPNProfile/NativeProfile/Authentication/Eap/Configuration')?.spec.embeds, 'eap');
  assert.equal(specAt('VPNProfile/DeviceCompliance/Sso/Eku')?.spec.lenient, true);
  assert.equal(specAt('VPNProfile/DeviceCompliance/Sso/IssuerHash')?.spec.lenient, true);
  assert.deepEqual(specAt('VPNProfile/PluginProfile/CustomConfiguration')?.spec.value, { kind: 'any' });
  assert.deepEqual(specAt('VPNProfile/PluginProfile/ServerUrlList')?.spec.value, { kind: 'string', format: 'serverUrlList' });
  assert.equal(specAt('VPNProfile/DeviceTunnel')?.spec.cspPath, './Device/Vendor/MSFT/VPNv2/{ProfileName}/DeviceTunnel');
  assert.equal(specAt('VPNProfile/DeviceTunnel')?.spec.minWindows, 'Windows 10 1709 (10.0.16299)');

  const enumOf = (path: string) => {
    const value = specAt(path)?.spec.value;
    assert.equal(value?.kind, 'enum', `${path} is an enum`);
    return value.kind === 'enum' ? value.values : [];
  };
  const protocols = enumOf('VPNProfile/NativeProfile/NativeProtocolType');
  assert.deepEqual(
    protocols.map((v) => v.value),
    ['PPTP', 'L2TP', 'IKEv2', 'Automatic', 'SSTP', 'ProtocolList'],
  );
  assert.ok(protocols.find((v) => v.value === 'IKEv2')?.spellings?.includes('Ikev2'));
  assert.ok(
    enumOf('VPNProfile/NativeProfile/Authentication/UserMethod')
      .find((v) => v.value === 'EAP')
      ?.spellings?.includes('Eap'),
  );
  assert.deepEqual(
    enumOf('VPNProfile/NativeProfile/ProtocolList/NativeProtocol/Type').map((v) => v.value),
    ['Pptp', 'L2tp', 'Ikev2', 'Sstp'],
  );

  const weak = (path: string) =>
    enumOf(path)
      .filter((v) => v.weak)
      .map((v) => v.value);
  const suite = 'VPNProfile/NativeProfile/CryptographySuite';
  assert.deepEqual(weak(`${suite}/AuthenticationTransformConstants`), ['MD596', 'SHA196']);
  assert.deepEqual(weak(`${suite}/CipherTransformConstants`), ['DES', 'DES3']);
  assert.deepEqual(weak(`${suite}/EncryptionMethod`), ['DES', 'DES3']);
  assert.deepEqual(weak(`${suite}/IntegrityCheckMethod`), ['MD5', 'SHA196']);
  assert.deepEqual(weak(`${suite}/DHGroup`), ['Group1', 'Group2']);
  assert.deepEqual(weak(`${suite}/PfsGroup`), ['PFS1', 'PFS2']);
});
