// PowerShell scripts through the language service: seeded random edits of scripts that build profiles (quotes,
// here-string marks, subexpressions, backticks, concatenations and XML fragments inserted anywhere), and the
// pathological shapes (unterminated strings, deep subexpressions, a stray `[` after every `+`). No exception, no
// hang, every range and edit inside the script, and the source map never leads outside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core/analysis';
import { exportProfile } from '../../server/src/core/deploy/export';
import { findScriptXml } from '../../server/src/core/documents/powershell';
import { prng } from './corpus';
import { ANALYSIS_BOUND, exercise } from './languageService';

const PROFILE = `<VPNProfile>
  <AlwaysOn>True</AlwaysOn>
  <NativeProfile>
    <Servers>vpn.example.org</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>
  </NativeProfile>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
</VPNProfile>`;

const SEEDS = [
  `$x = @'\n${PROFILE}\n'@\n`,
  `$x = @"\n${PROFILE.replace('vpn.example.org', '$Server').replace('10.0.0.0', '$($r.Address)')}\n"@\n`,
  `$x = '${PROFILE.replace('vpn.example.org', "' + $Servers + '").replace('8<', "' + [int]$Prefix + '<")}'\n`,
  `$x = "${PROFILE.replace(/\n/g, '`n').replace('True', '`$true')}"\n`,
];

const FRAGMENTS = [
  "'",
  '"',
  "''",
  '""',
  "@'\n",
  "\n'@",
  '@"\n',
  '\n"@',
  '$(',
  ')',
  '${',
  '}',
  '`',
  '`$',
  '`u{200B}',
  '$x',
  ' + ',
  '+ [',
  '#',
  '<#',
  '#>',
  '\n',
  '\r\n',
  '<VPNProfile>',
  '</VPNProfile>',
  '<AlwaysOn>',
  '&',
  '<',
  '\u2018',
  '\u201c',
  '\u0000',
];

function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const pick = random();
  if (pick < 0.6) return text.slice(0, at) + FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] + text.slice(at);
  if (pick < 0.85) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 30)));
  return text.slice(0, at);
}

function checkMaps(script: string, what: string): void {
  for (const block of findScriptXml(script)) {
    for (let i = 0; i <= block.text.length; i += Math.max(1, Math.floor(block.text.length / 50))) {
      const original = block.map.toOriginal(i);
      assert.ok(original >= 0 && original <= script.length, `${what}: offset ${i} maps to ${original}`);
    }
    for (const p of block.host.placeholders) assert.ok(p.start >= 0 && p.end <= script.length && p.start <= p.end, `${what}: placeholder ${JSON.stringify(p)}`);
  }
}

test('random edits of scripts: no exception, every range inside the script', () => {
  const random = prng(14);
  for (const [index, seed] of SEEDS.entries()) {
    let script = seed;
    for (let round = 0; round < 150; round++) {
      script = mutate(script, random);
      if (script.length < 20) script = seed;
      const what = `seed ${index} round ${round}`;
      const offsets = [0, script.length, Math.floor(random() * script.length), Math.floor(random() * script.length)];
      const analysis = exercise(script, offsets, what, { language: 'powershell' });
      checkMaps(script, what);
      exportProfile(analysis, { format: 'powershell', name: 'x', force: true });
    }
  }
});

test('pathological scripts finish in time proportional to their size', () => {
  const cases: [string, string][] = [
    ['unterminated single quote', "$x = '" + PROFILE.repeat(2000)],
    ['unterminated here-string', '$x = @"\n' + `${PROFILE}\n$Server `.repeat(2000)],
    ['deep subexpressions', '$x = "' + '$('.repeat(20000) + PROFILE + ')'.repeat(20000) + '"'],
    ['stray [ after every +', `$x = '${PROFILE}'` + " + [ 'a'".repeat(50000)],
    ['a long concatenation', `$x = '<VPNProfile>'` + " + $v + '<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>'".repeat(10000) + " + '</VPNProfile>'"],
    ['many variables in a here-string', '$x = @"\n<VPNProfile><ProfileName>' + '$a`$b${c}'.repeat(100000) + '</ProfileName></VPNProfile>\n"@'],
  ];
  for (const [what, script] of cases) {
    const started = performance.now();
    const analysis = analyzeDocument(script, { language: 'powershell' });
    const elapsed = performance.now() - started;
    assert.ok(elapsed <= ANALYSIS_BOUND(script.length) * 2, `${what}: ${elapsed.toFixed(0)} ms for ${script.length} characters`);
    // Inside `$(…)` the profile is code, not a string: only there is it not found.
    assert.equal(analysis.units.length > 0, what !== 'deep subexpressions', `${what}: units ${analysis.units.length}`);
    checkMaps(script, what);
  }
});
