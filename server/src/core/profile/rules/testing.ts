// Test helpers for the profile rules: run the whole analysis on inline XML and inspect one rule's findings.
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../analysis';
import type { Finding, Fix, TextRange } from '../../types';

/** Findings of one rule for `text`. */
export function findings(text: string, ruleId: string): Finding[] {
  return analyzeDocument(text).findings.filter((f) => f.ruleId === ruleId);
}

/** Asserts that `ruleId` reports nothing for `text`. */
export function assertNoFinding(text: string, ruleId: string): void {
  assert.deepEqual(
    findings(text, ruleId).map((f) => f.message),
    [],
    `expected no ${ruleId} finding`,
  );
}

/** Range of the `occurrence`-th (0-based) appearance of `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): TextRange {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.notEqual(at, -1, `\`${needle}\` occurs ${occurrence + 1} times`);
  }
  return { start: at, end: at + needle.length };
}

/** Range of an element's name in its `occurrence`-th start tag. */
export function nameRange(text: string, name: string, occurrence = 0): TextRange {
  const tag = rangeOf(text, `<${name}>`, occurrence);
  return { start: tag.start + 1, end: tag.start + 1 + name.length };
}

/** Range of an element's text in its `occurrence`-th appearance `<name>value</name>`. */
export function valueRange(text: string, name: string, value: string, occurrence = 0): TextRange {
  const whole = rangeOf(text, `<${name}>${value}</${name}>`, occurrence);
  const start = whole.start + name.length + 2;
  return { start, end: start + value.length };
}

export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end);
  return out;
}

/** The one fix of a finding with the given title prefix. */
export function fixTitled(finding: Finding, titlePrefix: string): Fix {
  const fix = finding.fixes?.find((f) => f.title.startsWith(titlePrefix));
  assert.ok(fix, `finding has a fix titled ${titlePrefix}…; it has ${(finding.fixes ?? []).map((f) => f.title).join(', ') || 'none'}`);
  return fix;
}

/** A user-tunnel profile used as a base; rules' tests add or change elements around it. */
export function userProfile(nativeInner: string, outer = ''): string {
  return `<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection>
  <NativeProfile>
${nativeInner}
  </NativeProfile>
${outer}</VPNProfile>
`;
}

/** NativeProfile content of a valid device tunnel. */
export const DEVICE_NATIVE = `    <Servers>vpn.example.net</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication>
      <MachineMethod>Certificate</MachineMethod>
    </Authentication>`;

/** A device-tunnel profile around the given NativeProfile content. */
export function deviceProfile(nativeInner = DEVICE_NATIVE, outer = ''): string {
  return `<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <DeviceTunnel>true</DeviceTunnel>
  <TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection>
  <NativeProfile>
${nativeInner}
  </NativeProfile>
${outer}</VPNProfile>
`;
}

/** A complete, strong CryptographySuite (the practitioner baseline). */
export const STRONG_SUITE = `    <CryptographySuite>
      <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>
      <CipherTransformConstants>GCMAES128</CipherTransformConstants>
      <PfsGroup>ECP256</PfsGroup>
      <DHGroup>Group14</DHGroup>
      <IntegrityCheckMethod>SHA256</IntegrityCheckMethod>
      <EncryptionMethod>AES_GCM_128</EncryptionMethod>
    </CryptographySuite>`;

/** NativeProfile content with the given protocol and extra elements. */
export function nativeWith(protocol: string, extra = ''): string {
  return `    <Servers>vpn.example.net</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>${protocol}</NativeProtocolType>${extra ? `\n${extra}` : ''}`;
}

/** A minimal embedded EAP-TLS configuration, as Windows exports it. */
export const EAP_TLS = `<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type><VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId><VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType><AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId></EapMethod><Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"><Type>13</Type><EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1"><CredentialsSource><CertificateStore><SimpleCertSelection>true</SimpleCertSelection></CertificateStore></CredentialsSource><ServerValidation><DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation><ServerNames>nps.example.net</ServerNames><TrustedRootCA>db 52 5d 00 f8 13 84 9e 3f ee c2 53 db b0 4f 21 04 c3 c2 b6 </TrustedRootCA></ServerValidation><DifferentUsername>false</DifferentUsername></EapType></Eap></Config></EapHostConfig>`;

/** An Authentication block with the given methods and EAP configuration content. */
export function authentication(methods: string, configuration: string | undefined): string {
  const eap = configuration === undefined ? '' : `\n      <Eap>\n        <Configuration>${configuration}</Configuration>\n      </Eap>`;
  return `    <Authentication>\n${methods}${eap}\n    </Authentication>`;
}
