// Inputs for the robustness tests: the public samples in ../shared/reference (skipped when absent), our own
// fixtures, the benchmark profile and a few crafted broken documents; plus a seeded PRNG and range checks.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText } from '../../server/src/core/text/encoding';
import type { TextRange } from '../../server/src/core/types';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
/** The public samples beside the repository (../shared/reference); a fresh clone does not have them. */
export const REFERENCE_AVAILABLE = fs.existsSync(path.join(SHARED, 'reference'));
/** For `test(name, { skip: SKIP_WITHOUT_REFERENCE }, …)`. */
export const SKIP_WITHOUT_REFERENCE: string | false = REFERENCE_AVAILABLE ? false : 'no ../shared/reference beside the repository';

export interface CorpusDocument {
  readonly name: string;
  readonly text: string;
}

function readFolder(folder: string, pattern: RegExp, label: string): CorpusDocument[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((file) => pattern.test(file))
    .sort()
    .map((file) => ({ name: `${label}/${file}`, text: decodeText(fs.readFileSync(path.join(folder, file))).text }));
}

/** Documents that look broken the way half-typed or hand-edited profiles do, each with fixable findings. */
export const CRAFTED: readonly CorpusDocument[] = [
  {
    name: 'crafted/typos-and-values',
    text: `<?xml version="1.0" encoding="utf-8"?>
<VPNProfile>
  <AlwaysOn>True</AlwaysOn>
  <RememberCredentials>TRUE</RememberCredentials>
  <DnsSuffix>corp.contoso.com, lab.contoso.com</DnsSuffix>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <NativeProtocolType>ikev2</NativeProtocolType>
    <RoutingPolicyType>splittunnel</RoutingPolicyType>
    <Authentication><UserMethod>Eap</UserMethod></Authentication>
  </NativeProfile>
  <Route><Address>10.1.2.3</Address><PrefixSize>8</PrefixSize></Route>
  <Rout><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Rout>
  <DomainNameInformation><DomainName>.corp.contoso.com</DomainName><DnsServers>10.0.0.1 ,10.0.0.2</DnsServers></DomainNameInformation>
  <TrafficFilter><Protocol>6</Protocol><RemotePortRanges>443</RemotePortRanges></TrafficFilter>
</VPNProfile>
`,
  },
  {
    name: 'crafted/xml-syntax',
    text: `  <?xml version="1.0"?>
<VPNProfile>
  <ProfileName>A & B</ProfileName>
  <DnsSuffix>corp.contoso.com</Dns>
  <AlwaysOn>true</AlwaysOn>
  <NativeProfile>
    <Servers>vpn.contoso.com
  </NativeProfile>
  <TrustedNetworkDetection xml ns="x">corp</TrustedNetworkDetection>
  <Route><Address>10.0.0.0</ Address><PrefixSize>8</PrefixSize></Route>
  <Proxy><AutoConfigUrl attr=unquoted>http://wpad/wpad.dat</AutoConfigUrl></Proxy>
  <![CDATA[ stray ]]>
  <DeviceCompliance><Enabled>true</Enabled><Sso><Enabled>true</Enabled><IssuerHash>AB CD</IssuerHash></Sso></DeviceCompliance>
</VPNProfile>
trailing text
`,
  },
  {
    name: 'crafted/device-tunnel',
    text: `<VPNProfile>
  <DeviceTunnel>true</DeviceTunnel>
  <AlwaysOn>true</AlwaysOn>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication><MachineMethod>Certificate</MachineMethod><UserMethod>Eap</UserMethod></Authentication>
    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>
  </NativeProfile>
  <Route><Address>10.10.0.0</Address><PrefixSize>16</PrefixSize></Route>
</VPNProfile>
`,
  },
  {
    name: 'crafted/eap',
    text: `<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
  <EapMethod>
    <Type xmlns="http://www.microsoft.com/provisioning/EapCommon">25</Type>
    <VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId>
    <VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType>
    <AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId>
  </EapMethod>
  <Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
    <Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1">
      <Type>25</Type>
      <EapType xmlns="http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV1">
        <ServerValidation>
          <DisableUserPromptForServerValidation>false</DisableUserPromptForServerValidation>
          <ServerNames>nps1.contoso.com; nps2.contoso.com</ServerNames>
          <TrustedRootCA>5a 89 fe cb 5b 04 3b 05 0c 5d 1e 8a fc 7f 2a 76 7d 9d 0c c4</TrustedRootCA>
        </ServerValidation>
        <FastReconnect>True</FastReconnect>
        <InnerEapOptional>false</InnerEapOptional>
      </EapType>
    </Eap>
  </Config>
</EapHostConfig>
`,
  },
  {
    // A self-closing parent: a child must go inside it, not after it.
    name: 'crafted/self-closing-authentication',
    text: `<VPNProfile>
  <DeviceTunnel>true</DeviceTunnel>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <Authentication/>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
  </NativeProfile>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
</VPNProfile>
`,
  },
  { name: 'crafted/self-closing-native-profile', text: '<VPNProfile>\r\n  <AlwaysOn>True</AlwaysOn>\r\n  <NativeProfile />\r\n</VPNProfile>\r\n' },
  {
    // The document ends inside a comment: an end tag inserted at the end would be commented out.
    name: 'crafted/ends-in-comment',
    text: '<VPNProfile>\n  <AlwaysOn>True</AlwaysOn>\n  <NativeProfile>\n    <Servers>vpn.contoso.com</Servers>\n  <!-- routes follow',
  },
  {
    // Unclosed elements with the same name nested: `</Eap>` at the end would close the inner one.
    name: 'crafted/nested-same-name-unclosed',
    text: `<VPNProfile><NativeProfile><Servers>vpn</Servers><Authentication><UserMethod>Eap</UserMethod><Eap><Configuration>
<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
<Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"><Type>13</Type>
</NativeProfile></VPNProfile>
`,
  },
  {
    // `<` right after an unfinished start tag: escaping it would not repair the tag.
    name: 'crafted/lt-after-unfinished-tag',
    text: '<VPNProfile>\n  <AlwaysOn<>true</AlwaysOn>\n  <DnsSuffix a="x"<>corp.contoso.com</DnsSuffix>\n  <TrustedNetworkDetection>a < b</TrustedNetworkDetection>\n</VPNProfile>\n',
  },
];

/** The documents the repository itself holds: our fixtures, the e2e workspace's profiles and the crafted ones. */
export function repositoryCorpus(): CorpusDocument[] {
  return [
    ...readFolder(path.join(REPO_ROOT, 'test', 'fixtures', 'profiles'), /\.xml$/i, 'fixtures'),
    ...readFolder(path.join(REPO_ROOT, 'test', 'e2e', 'workspace', 'profiles'), /\.xml$/i, 'e2e-workspace'),
    ...CRAFTED,
  ];
}

/** The public samples and the benchmark profile beside the repository; empty when ../shared is absent. */
export function referenceCorpus(): CorpusDocument[] {
  return [
    ...readFolder(path.join(SHARED, 'reference', 'samples'), /\.(xml|txt)$/i, 'samples'),
    ...readFolder(path.join(SHARED, 'reference', 'eap'), /\.xml$/i, 'eap'),
    ...readFolder(path.join(SHARED, 'bench'), /^profile-5k\.xml$/i, 'bench'),
  ];
}

/** Every ProfileXML / EAP document we can test on. */
export function corpus(): CorpusDocument[] {
  return [...referenceCorpus(), ...repositoryCorpus()];
}

/** Deterministic PRNG (mulberry32): the same seed gives the same edits on every run. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function assertRange(range: TextRange | undefined, length: number, what: string): void {
  assert.ok(range, `${what}: no range`);
  assert.ok(
    Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start <= range.end && range.end <= length,
    `${what}: range ${JSON.stringify(range)} is not inside the document (length ${length})`,
  );
}
