import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis';
import { findEmbeddedXml } from './embedded';

// PowerShell Format-List output: long values continue on lines indented to the value column.
const WRAPPED = [
  'InstanceID              : Contoso VPN',
  'ProfileXML              : <VPNProfile><AlwaysOn>true</AlwaysOn><NativeProfile><Servers>vpn.example.org</Serve',
  '                          rs><RoutingPolicyType>SplitTunnel</RoutingPolicyType><NativeProtocolType>IKEv2</',
  '                          NativeProtocolType><Authentication><MachineMethod>Certificate</MachineMethod></Authent',
  '                          ication></NativeProfile><DnsSuffix>a&b</DnsSuffix></VPNProfile>',
  'RememberCredentials     : False',
  '',
].join('\r\n');

test('unwraps a Format-List property value and maps offsets back to the original text', () => {
  const [block] = findEmbeddedXml(WRAPPED);
  assert.ok(block.text.startsWith('<VPNProfile><AlwaysOn>true</AlwaysOn>'));
  assert.ok(block.text.includes('<Servers>vpn.example.org</Servers>'));
  assert.ok(block.text.includes('</NativeProtocolType>'));
  assert.ok(block.text.endsWith('</VPNProfile>'));
  const inVirtual = block.text.indexOf('</Servers>') + 2;
  const original = block.map.toOriginal(inVirtual);
  assert.equal(WRAPPED[original], 'S');
  assert.equal(block.map.toVirtual(original), inVirtual);
});

test('the wrapped profile is analysed without errors from the line breaks, and a real defect lands on its characters', () => {
  const analysis = analyzeDocument(WRAPPED);
  assert.equal(analysis.kind, 'profile');
  const xmlErrors = analysis.findings.filter((f) => f.ruleId.startsWith('xml/'));
  assert.deepEqual(
    xmlErrors.map((f) => f.ruleId),
    ['xml/unescaped-ampersand'],
  );
  assert.equal(WRAPPED.slice(xmlErrors[0].range.start, xmlErrors[0].range.end), '&');
  assert.equal(xmlErrors[0].fixes?.[0].edits[0].range.start, WRAPPED.indexOf('a&b') + 1);
});

test('a profile pasted as plain text (not PowerShell output) is taken verbatim', () => {
  const text = 'Notes for the change request:\n\n<VPNProfile>\n  <AlwaysOn>True</AlwaysOn>\n</VPNProfile>\nend of notes\n';
  const [block] = findEmbeddedXml(text);
  assert.equal(block.text, '<VPNProfile>\n  <AlwaysOn>True</AlwaysOn>\n</VPNProfile>');
  assert.equal(block.start, text.indexOf('<VPNProfile>'));
  const analysis = analyzeDocument(text);
  assert.equal(analysis.kind, 'profile');
  assert.equal(analysis.units[0].map.toOriginal(analysis.units[0].root.start), text.indexOf('<VPNProfile>'));
});

test('text without an embedded profile has no units', () => {
  assert.deepEqual(findEmbeddedXml('Get-VpnConnection returned nothing.\n<VPNProfileName> is not a tag we know.'), []);
  assert.equal(analyzeDocument('plain text').kind, 'other');
});

test('a profile escaped inside SyncML <Data> is analysed, with fixes that insert escaped text', () => {
  const text = [
    '<SyncML xmlns="SYNCML:SYNCML1.2"><SyncBody><Atomic><Add><Item>',
    '<Target><LocURI>./Vendor/MSFT/VPNv2/Example/ProfileXML</LocURI></Target>',
    '<Data>&lt;VPNProfile&gt;&lt;DnsSuffix&gt;a&amp;b&lt;/DnsSuffix&gt;&lt;/VPNProfile&gt;</Data>',
    '</Item></Add></Atomic></SyncBody></SyncML>',
  ].join('\n');
  const analysis = analyzeDocument(text);
  assert.equal(analysis.kind, 'profile');
  const amp = analysis.findings.find((f) => f.ruleId === 'xml/unescaped-ampersand');
  assert.ok(amp, JSON.stringify(analysis.findings.map((f) => f.ruleId)));
  assert.equal(text.slice(amp.range.start, amp.range.start + 5), '&amp;');
  assert.equal(amp.fixes?.[0].edits[0].newText, '&amp;amp;');
  assert.equal(analysis.units[0].map.toOriginal(analysis.units[0].root.start), text.indexOf('&lt;VPNProfile'));
});

test('a profile in a CDATA section of SyncML <Data> is analysed at its own offsets', () => {
  const text = '<SyncML><SyncBody><Add><Item><Data><![CDATA[<VPNProfile><AlwaysOn>true</AlwaysOn><X>&</X></VPNProfile>]]></Data></Item></Add></SyncBody></SyncML>';
  const analysis = analyzeDocument(text);
  const amp = analysis.findings.find((f) => f.ruleId === 'xml/unescaped-ampersand');
  assert.ok(amp);
  assert.equal(amp.range.start, text.indexOf('&'));
  assert.equal(amp.fixes?.[0].edits[0].newText, '&amp;');
});

test('an escaped profile in Format-List output (the WMI bridge form) is unwrapped, decoded and mapped back', () => {
  const text = [
    'InstanceID              : Contoso%20VPN',
    'ProfileXML              : &lt;VPNProfile&gt;&lt;AlwaysOn&gt;TRUE&lt;/AlwaysOn&gt;&lt;NativeProfile&gt;&lt;Servers&gt;vpn.ex',
    '                          ample.org&lt;/Servers&gt;&lt;/NativeProfile&gt;&lt;DnsSuffix&gt;a&amp;amp;b&lt;/DnsSuffix&gt;&lt;/VPNProfile&gt;',
    'RememberCredentials     : False',
  ].join('\n');
  const [block] = findEmbeddedXml(text);
  assert.equal(block.text, '<VPNProfile><AlwaysOn>TRUE</AlwaysOn><NativeProfile><Servers>vpn.example.org</Servers></NativeProfile><DnsSuffix>a&amp;b</DnsSuffix></VPNProfile>');
  const analysis = analyzeDocument(text);
  assert.equal(analysis.kind, 'profile');
  const lower = analysis.findings.find((f) => f.ruleId === 'profile/lowercase-true-required');
  assert.ok(lower);
  assert.equal(text.slice(lower.range.start, lower.range.end), 'TRUE');
  assert.equal(lower.fixes?.[0].edits[0].newText, 'true');
  assert.ok(!analysis.findings.some((f) => f.ruleId.startsWith('xml/')), JSON.stringify(analysis.findings.map((f) => f.ruleId)));
});

test('a registry export string value (the MDM node cache) is decoded: \\" and \\\\ are regedit escapes', () => {
  const text = [
    'Windows Registry Editor Version 5.00',
    '',
    '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\NodeCache\\CSP\\Device\\MS DM Server\\Nodes\\42]',
    '"NodeUri"="./Device/Vendor/MSFT/VPNv2/Contoso/ProfileXML"',
    '"ExpectedValue"="<VPNProfile><AlwaysOn>TRUE</AlwaysOn><AppTrigger><App><Id>C:\\\\Windows\\\\System32\\\\mstsc.exe</Id></App></AppTrigger><Eap xmlns=\\"http://example.org/ns\\"/></VPNProfile>"',
    '',
  ].join('\r\n');
  const [block] = findEmbeddedXml(text);
  assert.equal(block.text, '<VPNProfile><AlwaysOn>TRUE</AlwaysOn><AppTrigger><App><Id>C:\\Windows\\System32\\mstsc.exe</Id></App></AppTrigger><Eap xmlns="http://example.org/ns"/></VPNProfile>');
  const id = block.text.indexOf('mstsc');
  assert.equal(text.slice(block.map.toOriginal(id), block.map.toOriginal(id) + 5), 'mstsc');
  const lower = analyzeDocument(text).findings.find((f) => f.ruleId === 'profile/lowercase-true-required');
  assert.equal(lower && text.slice(lower.range.start, lower.range.end), 'TRUE');
});

test('blocks on one long line are found one after the other; a property name before a block is read only on its line', () => {
  const count = 100_000;
  const line = 'x <VPNProfile><AlwaysOn>true</AlwaysOn></VPNProfile>'.repeat(count);
  const blocks = findEmbeddedXml(line);
  assert.equal(blocks.length, count);
  assert.equal(blocks[count - 1].start, line.lastIndexOf('<VPNProfile>'));
  // `Name : ` recognised with any whitespace around it (here a no-break space), but not after other text.
  const wrapped = '\u00a0ProfileXML\u00a0: <VPNProfile><AlwaysOn>true</Alw\n    aysOn></VPNProfile>\n';
  assert.equal(findEmbeddedXml(wrapped)[0].text, '<VPNProfile><AlwaysOn>true</AlwaysOn></VPNProfile>');
  const afterText = 'see <b> ProfileXML : <VPNProfile><AlwaysOn>true</Alw\n    aysOn></VPNProfile>\n';
  assert.equal(findEmbeddedXml(afterText)[0].text, '<VPNProfile><AlwaysOn>true</Alw\n    aysOn></VPNProfile>');
});
