// aovpn.xml.wellFormedness: with Red Hat's XML extension beside us (auto), or set off, the xml/ findings are left
// to it; profile findings stay, and a severity the user gives an xml/ rule wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient, type StartOptions } from './harness';

const PROFILE = '<VPNProfile>\n  <AlwaysOn>True</AlwaysOn>\n  <DnsSuffix>a&b</DnsSuffix>\n</VPNProfile>\n';

async function codesWith(options: StartOptions, text = PROFILE): Promise<string[]> {
  const client = await LspTestClient.start(options);
  try {
    const uri = 'file:///tmp/well-formedness.xml';
    await client.open(uri, text);
    return (await client.diagnostics(uri, 1)).map((d) => String(d.code));
  } finally {
    await client.shutdown();
  }
}

test('auto: xml/ findings on alone, off beside Red Hat XML; profile findings stay', async () => {
  const alone = await codesWith({});
  assert.ok(alone.includes('xml/unescaped-ampersand'), alone.join());
  const beside = await codesWith({ environment: { otherXmlValidator: true } });
  assert.ok(!beside.some((code) => code.startsWith('xml/')), beside.join());
  // Invisible characters are not well-formedness: Red Hat XML does not name them, so they stay.
  const invisible = await codesWith({ environment: { otherXmlValidator: true } }, PROFILE.replace('<DnsSuffix>a', '<DnsSuffix>a\u200b'));
  assert.ok(invisible.includes('xml/invisible-character'), invisible.join());
  assert.ok(beside.includes('profile/lowercase-true-required'), beside.join());
});

test('on and off override auto; a severity given to an xml/ rule wins', async () => {
  const on = await codesWith({ environment: { otherXmlValidator: true }, settings: { xml: { wellFormedness: 'on' } } });
  assert.ok(on.includes('xml/unescaped-ampersand'), on.join());
  const off = await codesWith({ settings: { xml: { wellFormedness: 'off' } } });
  assert.ok(!off.some((code) => code.startsWith('xml/')), off.join());
  const chosen = await codesWith({ settings: { xml: { wellFormedness: 'off' }, rules: { 'xml/unescaped-ampersand': 'warning' } } });
  assert.ok(chosen.includes('xml/unescaped-ampersand'), chosen.join());
});
