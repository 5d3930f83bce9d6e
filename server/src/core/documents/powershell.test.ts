import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../analysis';
import { applyEdits, fixAllEdits } from '../features/codeActions';
import { encodeFor, findScriptStrings, findScriptXml } from './powershell';

const PROFILE_BODY = [
  '<VPNProfile>',
  '  <AlwaysOn>TRUE</AlwaysOn>',
  '  <NativeProfile>',
  '    <Servers>SERVERS</Servers>',
  '    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>',
  '    <NativeProtocolType>IKEv2</NativeProtocolType>',
  '    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>',
  '  </NativeProfile>',
  '  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>',
  '</VPNProfile>',
].join('\n');

const analyzeScript = (script: string) => analyzeDocument(script, { language: 'powershell' });
const ruleIds = (script: string) => analyzeScript(script).findings.map((f) => f.ruleId);

test('string literals: kinds and content ranges, comments skipped, doubled quotes and escapes stay inside', () => {
  const script = [
    '# a comment with \'quotes\' and "quotes"',
    "<# block comment @'",
    "'@ #>",
    "$a = 'it''s'",
    '$b = "say ""hi"" `" $($c.Name + ")") done"',
    "$c = @'",
    "  '@ indented: not the end",
    "'@",
    '$d = @"',
    '"@',
  ].join('\r\n');
  const strings = findScriptStrings(script);
  assert.deepEqual(
    strings.map((s) => [s.kind, script.slice(s.contentStart, s.contentEnd)]),
    [
      ['literal', "it''s"],
      ['expandable', 'say ""hi"" `" $($c.Name + ")") done'],
      ['expandable', ')'],
      ['literal-here', "  '@ indented: not the end"],
      ['expandable-here', ''],
    ],
  );
});

test('a profile in a literal here-string is analysed at its exact characters in the script', () => {
  const script = `$ProfileXML = @'\n${PROFILE_BODY.replace('SERVERS', 'vpn.example.org')}\n'@\n\nWrite-Output $ProfileXML\n`;
  const analysis = analyzeScript(script);
  assert.equal(analysis.kind, 'profile');
  const lower = analysis.findings.find((f) => f.ruleId === 'profile/lowercase-true-required');
  assert.ok(lower, JSON.stringify(analysis.findings.map((f) => f.ruleId)));
  assert.equal(script.slice(lower.range.start, lower.range.end), 'TRUE');
  // The fix lands in the script and the script still holds the profile afterwards.
  const fixed = applyEdits(script, fixAllEdits(analysis.findings));
  assert.match(fixed, /<AlwaysOn>true<\/AlwaysOn>/);
  assert.ok(!analyzeScript(fixed).findings.some((f) => f.severity === 'error'));
});

test('without the powershell language the same script is taken as plain text', () => {
  const script = `$x = @"\n${PROFILE_BODY.replace('SERVERS', '$VpnServer')}\n"@\n`;
  assert.ok(analyzeDocument(script).findings.some((f) => f.ruleId === 'profile/invalid-dns-name'));
});

test('placeholders in an expandable here-string: no finding about $VpnServer, ${name}, $(…) or escapes', () => {
  const control = `$x = @"\n${PROFILE_BODY.replace('SERVERS', 'not a name!')}\n"@\n`;
  assert.ok(ruleIds(control).includes('profile/invalid-dns-name'), 'the control value is reported');
  for (const value of ['$VpnServer', '${Vpn Server}', '$($config.Servers -join ",")', 'vpn.$env:USERDNSDOMAIN', '$Server1,$Server2', 'vpn`$1.example.org']) {
    const script = `$x = @"\n${PROFILE_BODY.replace('SERVERS', value)}\n"@\n`;
    const analysis = analyzeScript(script);
    assert.equal(analysis.kind, 'profile', value);
    const servers = analysis.findings.filter((f) => script.slice(f.range.start, f.range.end).includes('$') || f.ruleId.includes('dns'));
    assert.deepEqual(
      servers.map((f) => f.ruleId),
      [],
      `${value}: ${JSON.stringify(servers)}`,
    );
    // The other findings are still there, at their places.
    const lower = analysis.findings.find((f) => f.ruleId === 'profile/lowercase-true-required');
    assert.equal(lower && script.slice(lower.range.start, lower.range.end), 'TRUE', value);
  }
});

test('a literal here-string does not expand: $VpnServer there is the value Windows gets', () => {
  const script = `$x = @'\n${PROFILE_BODY.replace('SERVERS', '$VpnServer')}\n'@\n`;
  const dns = analyzeScript(script).findings.find((f) => f.ruleId === 'profile/invalid-dns-name');
  assert.ok(dns);
  assert.equal(script.slice(dns.range.start, dns.range.end), '$VpnServer');
});

test('an element whose whole content is a variable is not judged (no missing-child findings)', () => {
  const profile = PROFILE_BODY.replace('SERVERS', 'vpn.example.org').replace('TRUE', 'true');
  const withVariable = `$x = @"\n${profile.replace('<Address>10.0.0.0</Address><PrefixSize>8</PrefixSize>', '$RouteXml')}\n"@\n`;
  assert.deepEqual(ruleIds(withVariable), ruleIds(`$x = @"\n${profile}\n"@\n`));
  const empty = withVariable.replace('$RouteXml', '');
  assert.ok(ruleIds(empty).length > 0, 'the same element without the variable is reported');
});

test("Microsoft's MakeProfile style: single-quoted pieces concatenated with variables", () => {
  const script = [
    "$Servers = 'vpn.contoso.com'",
    '$ProfileXML =',
    "'<VPNProfile>",
    "  <DnsSuffix>' + $DnsSuffix + '</DnsSuffix>",
    '  <NativeProfile>',
    "<Servers>' + $Servers + '</Servers>",
    '<NativeProtocolType>IKEv2</NativeProtocolType>',
    '<Authentication><UserMethod>Eap</UserMethod></Authentication>',
    '<RoutingPolicyType>SplitTunnel</RoutingPolicyType>',
    '  </NativeProfile>',
    '<AlwaysOn>True</AlwaysOn>',
    "<TrustedNetworkDetection>' + $TrustedNetwork + '</TrustedNetworkDetection>",
    "<Route><Address>' + $Route.Address + '</Address><PrefixSize>' + [int]$Prefix + '</PrefixSize></Route>",
    "</VPNProfile>'",
    '',
    "$ProfileXML | Out-File -FilePath ($env:USERPROFILE + '\\desktop\\VPN_Profile.xml')",
  ].join('\n');
  const [block] = findScriptXml(script);
  assert.ok(block.text.startsWith('<VPNProfile>\n  <DnsSuffix>$DnsSuffix</DnsSuffix>'), block.text);
  assert.ok(block.text.includes('<PrefixSize>[int]$Prefix</PrefixSize>'));
  assert.ok(block.text.endsWith('</VPNProfile>'));
  const analysis = analyzeScript(script);
  assert.equal(analysis.kind, 'profile');
  assert.ok(!analysis.findings.some((f) => f.ruleId.startsWith('xml/')), JSON.stringify(analysis.findings));
  const lower = analysis.findings.find((f) => f.ruleId === 'profile/lowercase-true-required');
  assert.equal(lower && script.slice(lower.range.start, lower.range.end), 'True');
  assert.ok(!analysis.findings.some((f) => /dns|ip-address|route/.test(f.ruleId)), analysis.findings.map((f) => f.ruleId).join(', '));
});

test('fixes are written in the quoting of the string they land in', () => {
  // An unquoted attribute value in a double-quoted string: the inserted quotes must be escaped with backticks.
  const eap = '<EapHostConfig xmlns=http://www.microsoft.com/provisioning/EapHostConfig><EapMethod></EapMethod></EapHostConfig>';
  const script = `$eap = "${eap}"\n`;
  const analysis = analyzeScript(script);
  const quote = analysis.findings.find((f) => f.fixes?.some((fix) => fix.edits.some((e) => e.newText.includes('http'))));
  assert.ok(quote, JSON.stringify(analysis.findings.map((f) => [f.ruleId, f.fixes])));
  const edit = quote.fixes![0].edits[0];
  assert.equal(edit.newText, '`"http://www.microsoft.com/provisioning/EapHostConfig`"');
  const fixed = applyEdits(script, [edit]);
  assert.equal(findScriptXml(fixed)[0].text, eap.replace('xmlns=http://www.microsoft.com/provisioning/EapHostConfig', 'xmlns="http://www.microsoft.com/provisioning/EapHostConfig"'));
});

test('encodeFor escapes what each kind of string needs and refuses what a literal here-string cannot hold', () => {
  const at = { start: 5, end: 5 };
  assert.equal(encodeFor('expandable-here', 'a$b`c"d', 'xxxxxxxxxx', at), 'a`$b``c"d');
  assert.equal(encodeFor('expandable-here', 'x\n"@y', 'xxxxxxxxxx', at), 'x\n`"@y');
  assert.equal(encodeFor('expandable', 'say "$x"', 'xxxxxxxxxx', at), 'say `"`$x`"');
  assert.equal(encodeFor('literal', "it's $x", 'xxxxxxxxxx', at), "it''s $x");
  assert.equal(encodeFor('literal-here', "it's $x `n", 'xxxxxxxxxx', at), "it's $x `n");
  assert.equal(encodeFor('literal-here', "a\n'@", 'xxxxxxxxxx', at), undefined);
  assert.equal(encodeFor('literal-here', "'@", 'xxxx\nxxxxx', at), undefined);
});

test('a fix that would replace a placeholder is not offered', () => {
  // `<AlwaysOn>$Mode</AlwaysOn>` is unknown: no finding at all, so no fix rewrites the variable.
  const script = `$x = @"\n${PROFILE_BODY.replace('SERVERS', 'vpn.example.org').replace('TRUE', '$Mode')}\n"@\n`;
  const edits = fixAllEdits(analyzeScript(script).findings);
  assert.ok(edits.every((e) => !script.slice(e.range.start, e.range.end).includes('$')));
});

test('placeholders never add findings: each value of a profile replaced by a variable', () => {
  const profiles = [PROFILE_BODY.replace('SERVERS', 'vpn.example.org').replace('TRUE', 'true'), ...referenceProfiles()];
  let checked = 0;
  for (const profile of profiles) {
    const baseline = new Set(ruleIds(`$x = @"\n${profile}\n"@\n`));
    for (const match of profile.matchAll(/>([^<>\s][^<>]*)</g)) {
      const at = match.index! + 1;
      const variant = profile.slice(0, at) + '$v' + profile.slice(at + match[1].length);
      const extra = ruleIds(`$x = @"\n${variant}\n"@\n`).filter((id) => !baseline.has(id));
      assert.deepEqual(extra, [], `value ${match[1]} replaced by $v`);
      checked++;
    }
  }
  assert.ok(checked >= 6);
});

/** Real profiles from the reference samples (skipped when ../shared is absent); `$` and backticks kept out of the here-string. */
function referenceProfiles(): string[] {
  const dir = path.resolve(__dirname, '..', '..', '..', '..', '..', '..', 'shared', 'reference', 'samples');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith('richardhicks_') && name.endsWith('.xml'))
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .filter((text) => !/[$`]/.test(text));
}

test('a script that starts with a comment block is still a script, not XML', () => {
  const script = `<#\n.SYNOPSIS\n  Deploys <VPNProfile> settings.\n#>\n$ProfileXML = @'\n${PROFILE_BODY.replace('SERVERS', 'vpn.example.org')}\n'@\n`;
  const analysis = analyzeScript(script);
  assert.equal(analysis.units.length, 1);
  assert.ok(analysis.findings.some((f) => f.ruleId === 'profile/lowercase-true-required'));
  assert.ok(!analysis.findings.some((f) => f.ruleId.startsWith('xml/')), JSON.stringify(analysis.findings));
});
