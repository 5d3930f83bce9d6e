// The public samples in ../shared/reference are a test corpus: every real defect in them is reported, and
// nothing else reaches error severity. Skipped when the reference folder is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/core/analysis';
import { decodeText } from '../../server/src/core/text/encoding';

const REFERENCE = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'reference');
const present = fs.existsSync(path.join(REFERENCE, 'samples'));

function read(relative: string): string {
  return decodeText(fs.readFileSync(path.join(REFERENCE, relative))).text;
}

function errorsOf(relative: string): [string, string][] {
  const text = read(relative);
  return analyzeDocument(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => [f.ruleId, text.slice(f.range.start, f.range.end)]);
}

const HTTPS = (suffix: string): [string, string] => ['eap/https-namespace', `https://www.microsoft.com/provisioning/${suffix}`];

/** The real defects, as (rule, text under the range). */
const EXPECTED_ERRORS: Record<string, [string, string][]> = {
  'samples/ms_vpn-profile-options_plugin.xml': [['profile/invalid-dns-name', '..']],
  'samples/richardhicks_ProfileXML_Entra_ConditionalAccess.xml': [['eap/unexpected-text', '>']],
  'samples/richardhicks_ProfileXML_User.xml': [['profile/empty-eap-configuration', 'Configuration']],
  'eap/ms_eap-configuration_eaptls-certificate-filtering.xml': [['eap/eku-name-undefined', 'Example1']],
  'eap/win32_eap-ms-chapv2-connection-properties.xml': [['xml/whitespace-before-declaration', '  ']],
  'eap/win32_eap-tls-connection-properties.xml': [['xml/whitespace-before-declaration', '  ']],
  'eap/win32_peap-ms-chapv2-connection-properties.xml': [['xml/whitespace-before-declaration', '  ']],
  'eap/win32_peap-tls-connection-properties.xml': [['xml/whitespace-before-declaration', '  ']],
  'samples/ms_troubleshoot-aovpn_get-wmiobject-output.txt': [
    ['xml/missing-space-before-attribute', 'EapHostConfigxmlns'],
    HTTPS('EapHostConfig'),
    ['xml/missing-space-before-attribute', 'Typexmlns'],
    HTTPS('EapCommon'),
    ['xml/missing-space-before-attribute', 'VendorIdxmlns'],
    HTTPS('EapCommon'),
    ['xml/missing-space-before-attribute', 'VendorTypexmlns'],
    HTTPS('EapCommon'),
    ['xml/missing-space-before-attribute', 'AuthorIdxmlns'],
    HTTPS('EapCommon'),
    ['xml/missing-space-before-attribute', 'Configxmlns'],
    HTTPS('EapHostConfig'),
    HTTPS('BaseEapConnectionPropertiesV1'),
    HTTPS('MsPeapConnectionPropertiesV1'),
    HTTPS('BaseEapConnectionPropertiesV1'),
    HTTPS('EapTlsConnectionPropertiesV1'),
    HTTPS('EapTlsConnectionPropertiesV2'),
    HTTPS('EapTlsConnectionPropertiesV2'),
    ['xml/missing-space-before-attribute', 'TLSExtensionsxmlns'],
    HTTPS('EapTlsConnectionPropertiesV2'),
    ['xml/split-xmlns', 'xml ns'],
    HTTPS('EapTlsConnectionPropertiesV3'),
    ['xml/missing-space-before-attribute', 'ClientAuthEKUListEnabled'],
    HTTPS('MsPeapConnectionPropertiesV2'),
    HTTPS('MsPeapConnectionPropertiesV2'),
  ],
};

const ALL = present
  ? ['samples', 'eap'].flatMap((dir) =>
      fs
        .readdirSync(path.join(REFERENCE, dir))
        .filter((name) => name.endsWith('.xml') || name.endsWith('.txt'))
        .map((name) => `${dir}/${name}`),
    )
  : [];

test('the reference corpus is present (or this suite is skipped)', { skip: !present && 'no ../shared/reference' }, () => {
  assert.ok(ALL.length >= 16, `found ${ALL.length} sample files`);
  for (const expected of Object.keys(EXPECTED_ERRORS)) assert.ok(ALL.includes(expected), expected);
});

for (const relative of ALL) {
  test(`${relative}: exactly its real defects at error severity`, () => {
    assert.deepEqual(errorsOf(relative), EXPECTED_ERRORS[relative] ?? []);
  });
}

test('every sample is recognised as a profile or an EAP configuration', { skip: !present && 'no ../shared/reference' }, () => {
  for (const relative of ALL) {
    const kind = analyzeDocument(read(relative)).kind;
    assert.equal(kind, relative.startsWith('eap/') ? 'eap' : 'profile', relative);
  }
});
