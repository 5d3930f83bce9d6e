import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis';
import { findScriptStrings } from '../documents/powershell';
import { parseXml } from '../xml/parser';
import { findPath, walkElements } from '../xml/query';
import type { XmlElement } from '../xml/model';
import { encodeProfileName, exportProfile, profileOmaUri, type ExportedProfile, type ExportOptions } from './export';

const USER_TUNNEL = `<?xml version="1.0" encoding="utf-8"?>
<!-- user tunnel for Contoso -->
<VPNProfile>
  <ProfileName>Contoso VPN</ProfileName>
  <AlwaysOn>true</AlwaysOn>
  <TrustedNetworkDetection>corp.example.org</TrustedNetworkDetection>
  <NativeProfile>
    <Servers>vpn.example.org</Servers>
    <!-- IKEv2 only -->
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
  <Route>
    <Address>10.0.0.0</Address>
    <PrefixSize>8</PrefixSize>
  </Route>
  <TrafficFilter><App><Id>C:\\Program Files\\App Name\\app.exe</Id></App></TrafficFilter>
</VPNProfile>
`;
const PROFILE_ELEMENT = USER_TUNNEL.slice(USER_TUNNEL.indexOf('<VPNProfile>'), USER_TUNNEL.indexOf('</VPNProfile>') + 13);
const DEVICE_TUNNEL = USER_TUNNEL.replace('<AlwaysOn>true</AlwaysOn>', '<AlwaysOn>true</AlwaysOn>\n  <DeviceTunnel>true</DeviceTunnel>').replace('<ProfileName>Contoso VPN</ProfileName>', '');

function exported(text: string, options: ExportOptions): ExportedProfile {
  const result = exportProfile(analyzeDocument(text), options);
  assert.ok(result.ok, result.ok ? '' : `${result.message} ${JSON.stringify(result.findings.map((f) => f.ruleId))}`);
  return result;
}

/** Every element's path and its text (trimmed), in document order: what Windows reads from the profile. */
function content(xml: string): string[] {
  const root = parseXml(xml).root!;
  return [...walkElements(root)].map((e: XmlElement) => `${e.path}=${e.hasChildElements ? '' : e.text.raw}|${e.attributes.map((a) => `${a.name}=${a.value}`).join(',')}`);
}

test('the profile name is URL-encoded in the OMA-URI: spaces as %20, every non-unreserved character escaped', () => {
  assert.equal(encodeProfileName('Contoso VPN'), 'Contoso%20VPN');
  assert.equal(encodeProfileName('AOVPN (User) é'), 'AOVPN%20%28User%29%20%C3%A9');
  assert.equal(encodeProfileName('a-b_c.d~e'), 'a-b_c.d~e');
  assert.equal(profileOmaUri('Contoso VPN', 'user'), './User/Vendor/MSFT/VPNv2/Contoso%20VPN/ProfileXML');
  assert.equal(profileOmaUri('Contoso VPN', 'device'), './Device/Vendor/MSFT/VPNv2/Contoso%20VPN/ProfileXML');
});

test('intune: user scope by default, the name from <ProfileName>, the value on one line with the same content', () => {
  const result = exported(USER_TUNNEL, { format: 'intune' });
  assert.equal(result.scope, 'user');
  assert.equal(result.omaUri, './User/Vendor/MSFT/VPNv2/Contoso%20VPN/ProfileXML');
  assert.equal(result.dataType, 'String');
  assert.ok(!/[\r\n]/.test(result.value), 'one line');
  assert.ok(!result.value.includes('<!--'), 'comments removed');
  assert.ok(result.value.startsWith('<VPNProfile><ProfileName>Contoso VPN</ProfileName><AlwaysOn>true</AlwaysOn>'), result.value);
  assert.ok(result.value.includes('<Id>C:\\Program Files\\App Name\\app.exe</Id>'), 'text untouched');
  assert.deepEqual(content(result.value), content(PROFILE_ELEMENT));
  assert.match(result.text, /^OMA-URI: +\.\/User\/Vendor\/MSFT\/VPNv2\/Contoso%20VPN\/ProfileXML$/m);
  assert.match(result.text, /^Data type: String$/m);
  assert.ok(result.text.includes(`\n${result.value}\n`));
});

test('intune: a device tunnel goes to ./Device; a name given wins; user scope is refused for a device tunnel', () => {
  const device = exported(DEVICE_TUNNEL, { format: 'intune', name: 'Contoso Device Tunnel' });
  assert.equal(device.omaUri, './Device/Vendor/MSFT/VPNv2/Contoso%20Device%20Tunnel/ProfileXML');
  const refused = exportProfile(analyzeDocument(DEVICE_TUNNEL), { format: 'intune', name: 'x', scope: 'user' });
  assert.ok(!refused.ok && refused.kind === 'usage' && /\.\/Device/.test(refused.message));
  const user = exported(USER_TUNNEL, { format: 'intune', scope: 'device' });
  assert.equal(user.omaUri, './Device/Vendor/MSFT/VPNv2/Contoso%20VPN/ProfileXML');
});

test('intune: line breaks inside a value are kept as &#xA; and the value reads back the same', () => {
  const text =
    '<VPNProfile><ProfileName>a\r\nb  c</ProfileName><NativeProfile><Servers>vpn.example.org</Servers><Authentication><MachineMethod>Certificate</MachineMethod></Authentication></NativeProfile></VPNProfile>';
  const result = exported(text, { format: 'intune', name: 'n', force: true });
  assert.ok(result.value.includes('<ProfileName>a&#xA;b  c</ProfileName>'));
  assert.equal(findPath(parseXml(result.value).root!, 'ProfileName')!.text.raw, 'a\nb  c');
});

test('syncml: an Atomic Add, Format chr, and <Data> that decodes to the profile exactly', () => {
  const result = exported(USER_TUNNEL, { format: 'syncml' });
  const document = parseXml(result.text);
  assert.deepEqual(document.errors, []);
  const root = document.root!;
  assert.equal(root.namespaceUri, 'SYNCML:SYNCML1.2');
  const item = findPath(root, 'SyncBody/Atomic/Add/Item')!;
  assert.equal(findPath(item, 'Target/LocURI')!.text.trimmed, './User/Vendor/MSFT/VPNv2/Contoso%20VPN/ProfileXML');
  const format = findPath(item, 'Meta/Format')!;
  assert.equal(format.namespaceUri, 'syncml:metinf');
  assert.equal(format.text.trimmed, 'chr');
  assert.equal(findPath(item, 'Data')!.text.raw, PROFILE_ELEMENT);
  assert.ok(findPath(root, 'SyncBody/Final'));
  // Our own analysis finds the profile in the SyncML again.
  assert.equal(analyzeDocument(result.text).kind, 'profile');
});

test('syncml --replace: a Replace command; carriage returns survive as &#xD;', () => {
  const crlf = USER_TUNNEL.replace(/\n/g, '\r\n');
  const result = exported(crlf, { format: 'syncml', replace: true });
  const root = parseXml(result.text).root!;
  assert.ok(findPath(root, 'SyncBody/Atomic/Replace/Item/Data'));
  assert.ok(!findPath(root, 'SyncBody/Atomic/Add'));
  assert.equal(findPath(root, 'SyncBody/Atomic/Replace/Item/Data')!.text.raw, PROFILE_ELEMENT.replace(/\n/g, '\r\n'));
  assert.ok(result.notes.some((n) => /delet/.test(n)));
});

/** What `[System.Security.SecurityElement]::Escape` does, and an XML parser undoes. */
const securityElementEscape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

test('powershell, user scope: the here-string holds the profile as written; escaped, it reads back to the same', () => {
  const result = exported(USER_TUNNEL, { format: 'powershell' });
  const script = result.text;
  const here = findScriptStrings(script).filter((s) => s.kind === 'literal-here');
  assert.equal(here.length, 1);
  const embedded = script.slice(here[0].contentStart, here[0].contentEnd);
  assert.equal(embedded, PROFILE_ELEMENT);
  assert.equal(parseXml(`<x>${securityElementEscape(embedded)}</x>`).root!.text.raw, PROFILE_ELEMENT);
  assert.match(script, /\[System\.Security\.SecurityElement\]::Escape\(\$ProfileXml\)/);
  assert.match(script, /\$ClassName = 'MDM_VPNv2_01'/);
  assert.match(script, /\$Namespace = 'root\\cimv2\\mdm\\dmmap'/);
  assert.match(script, /\$InstanceId = 'Contoso%20VPN'/);
  assert.match(script, /'S-1-5-18'/);
  assert.match(script, /PolicyPlatformContext_PrincipalContext_Id', \$UserSid/);
  assert.match(script, /DeleteInstance/);
  // The generated script is itself a script we analyse: the same profile, no error.
  const analysis = analyzeDocument(script, { language: 'powershell' });
  assert.equal(analysis.kind, 'profile');
  assert.deepEqual(
    analysis.findings.filter((f) => f.severity === 'error'),
    [],
  );
});

test('powershell, device tunnel: CIM cmdlets, the existing profile removed, and a SYSTEM check naming the device tunnel', () => {
  const script = exported(DEVICE_TUNNEL, { format: 'powershell', name: "Contoso's Device" }).text;
  assert.match(script, /\$ProfileName = 'Contoso''s Device'/);
  assert.match(script, /\$InstanceId = 'Contoso%27s%20Device'/);
  assert.match(script, /Get-CimInstance -Namespace \$Namespace -ClassName \$ClassName/);
  assert.match(script, /Remove-CimInstance/);
  assert.match(script, /New-CimInstance -Namespace \$Namespace -ClassName \$ClassName -Property/);
  assert.match(script, /A device tunnel must be created as SYSTEM/);
  assert.ok(!/UserSid/.test(script));
  const names = findScriptStrings(script)
    .filter((s) => s.kind === 'literal')
    .map((s) => script.slice(s.contentStart, s.contentEnd));
  assert.ok(names.includes("Contoso''s Device"));
});

test("powershell: a profile with a line starting with '@ is written as a single-quoted string that reads back exactly", () => {
  const tricky =
    "<VPNProfile><ProfileName>x\n'@ y</ProfileName><NativeProfile><Servers>vpn.example.org</Servers><Authentication><MachineMethod>Certificate</MachineMethod></Authentication></NativeProfile></VPNProfile>";
  const script = exported(tricky, { format: 'powershell', name: 'n', force: true }).text;
  const literal = findScriptStrings(script).find((s) => s.kind === 'literal' && script.slice(s.contentStart, s.contentEnd).includes('<VPNProfile>'))!;
  assert.ok(literal);
  assert.equal(script.slice(literal.contentStart, literal.contentEnd).replace(/''/g, "'"), tricky);
});

test('a profile with errors is not exported unless forced; the errors are returned', () => {
  const broken = USER_TUNNEL.replace('<AlwaysOn>true</AlwaysOn>', '<AlwaysOn>TRUE</AlwaysOn>');
  const refused = exportProfile(analyzeDocument(broken), { format: 'intune' });
  assert.ok(!refused.ok);
  assert.equal(refused.kind, 'profile');
  assert.deepEqual(
    refused.findings.map((f) => f.ruleId),
    ['profile/lowercase-true-required'],
  );
  assert.ok(exportProfile(analyzeDocument(broken), { format: 'intune', force: true }).ok);
});

test('refusals: no profile, an EAP configuration alone, a name with a slash, a profile built by a script', () => {
  const none = exportProfile(analyzeDocument('<project/>'), { format: 'intune', name: 'x' });
  assert.ok(!none.ok && /No `<VPNProfile>`/.test(none.message));
  const eap = exportProfile(analyzeDocument('<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"/>'), { format: 'intune', name: 'x' });
  assert.ok(!eap.ok && /EAP configuration/.test(eap.message));
  const slash = exportProfile(analyzeDocument(USER_TUNNEL), { format: 'intune', name: 'a/b' });
  assert.ok(!slash.ok && slash.kind === 'usage');
  const script = `$p = @"\n${PROFILE_ELEMENT.replace('vpn.example.org', '$Server')}\n"@`;
  const scripted = exportProfile(analyzeDocument(script, { language: 'powershell' }), { format: 'intune' });
  assert.ok(!scripted.ok && /script/.test(scripted.message));
});

test('characters a terminal would interpret never come out raw; they are character references with the same value', () => {
  const sneaky = PROFILE_ELEMENT.replace('corp.example.org', 'corp.example.org\u202e\u001b[2J');
  for (const format of ['intune', 'syncml', 'powershell'] as const) {
    const result = exported(sneaky, { format, force: true });
    assert.ok(!/[\u202e\u001b]/.test(result.text), format);
  }
  const value = exported(sneaky, { format: 'intune', force: true }).value;
  assert.ok(value.includes('corp.example.org&#x202E;&#x1B;[2J'));
});
