// Helpers for the EAP rule tests: build small EAP documents (standalone or inside a minimal ProfileXML), run
// the analysis and apply fixes. Not a test file itself.
import { analyzeDocument } from '../../analysis';
import type { Finding, Fix, TextRange } from '../../types';
import { NS } from '../namespaces';

export function findings(text: string, ruleId: string): Finding[] {
  return analyzeDocument(text).findings.filter((f) => f.ruleId === ruleId);
}

/** Applies every edit of `fix` to `text` (edits do not overlap). */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end);
  return out;
}

export function preferredFix(finding: Finding): Fix {
  const fix = finding.fixes?.find((f) => f.kind === 'safe');
  if (!fix) throw new Error(`no preferred fix on ${finding.ruleId}: ${finding.message}`);
  return fix;
}

/** Range of the `occurrence`-th (0-based) appearance of `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): TextRange {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`\`${needle}\` (occurrence ${occurrence}) not in the test text`);
  }
  return { start: at, end: at + needle.length };
}

/** Range of `needle` found after the first appearance of `anchor`. */
export function rangeAfter(text: string, anchor: string, needle: string): TextRange {
  const from = text.indexOf(anchor);
  if (from === -1) throw new Error(`anchor \`${anchor}\` not in the test text`);
  const at = text.indexOf(needle, from + anchor.length);
  if (at === -1) throw new Error(`\`${needle}\` not after \`${anchor}\``);
  return { start: at, end: at + needle.length };
}

export interface EapDocOptions {
  readonly methodType?: number | string;
  readonly eapTypeNumber?: number | string;
}

/** A standalone EapHostConfig whose `Config/Eap` holds `eapType` (an `<EapType …>` element). */
export function eapDocument(eapType: string, options: EapDocOptions = {}): string {
  const methodType = options.methodType ?? 13;
  const configType = options.eapTypeNumber ?? methodType;
  return [
    `<EapHostConfig xmlns="${NS.eapHostConfig}">`,
    '  <EapMethod>',
    `    <Type xmlns="${NS.eapCommon}">${methodType}</Type>`,
    `    <VendorId xmlns="${NS.eapCommon}">0</VendorId>`,
    `    <VendorType xmlns="${NS.eapCommon}">0</VendorType>`,
    `    <AuthorId xmlns="${NS.eapCommon}">0</AuthorId>`,
    '  </EapMethod>',
    `  <Config xmlns="${NS.eapHostConfig}">`,
    `    <Eap xmlns="${NS.baseEap}">`,
    `      <Type>${configType}</Type>`,
    indent(eapType, '      '),
    '    </Eap>',
    '  </Config>',
    '</EapHostConfig>',
  ].join('\n');
}

export interface TlsOptions {
  readonly disablePrompt?: string;
  readonly serverNames?: string;
  readonly trustedRootCa?: string | null;
  readonly performServerValidation?: string;
  readonly acceptServerName?: string;
  readonly simpleCertSelection?: string;
  readonly filteringInfo?: string;
}

export const ROOT_THUMBPRINT = 'db 52 5d 00 f8 13 84 9e 3f ee c2 53 db b0 4f 21 04 c3 c2 b6 ';

/** An EAP-TLS `EapType` as Windows exports it, with the given settings. */
export function tlsEapType(options: TlsOptions = {}): string {
  const trustedRootCa = options.trustedRootCa === null ? '' : `\n    <TrustedRootCA>${options.trustedRootCa ?? ROOT_THUMBPRINT}</TrustedRootCA>`;
  const filtering = options.filteringInfo ? `\n  <TLSExtensions xmlns="${NS.tlsV2}">\n${indent(options.filteringInfo, '    ')}\n  </TLSExtensions>` : '';
  return [
    `<EapType xmlns="${NS.tlsV1}">`,
    `  <CredentialsSource><CertificateStore><SimpleCertSelection>${options.simpleCertSelection ?? 'true'}</SimpleCertSelection></CertificateStore></CredentialsSource>`,
    '  <ServerValidation>',
    `    <DisableUserPromptForServerValidation>${options.disablePrompt ?? 'true'}</DisableUserPromptForServerValidation>`,
    `    <ServerNames>${options.serverNames ?? 'nps.corp.example.net'}</ServerNames>${trustedRootCa}`,
    '  </ServerValidation>',
    '  <DifferentUsername>false</DifferentUsername>',
    `  <PerformServerValidation xmlns="${NS.tlsV2}">${options.performServerValidation ?? 'true'}</PerformServerValidation>`,
    `  <AcceptServerName xmlns="${NS.tlsV2}">${options.acceptServerName ?? 'true'}</AcceptServerName>${filtering}`,
    '</EapType>',
  ].join('\n');
}

export interface PeapOptions extends TlsOptions {
  readonly inner?: string;
  readonly requireCryptoBinding?: string;
  readonly enableQuarantineChecks?: string;
  readonly extensionsExtra?: string;
  readonly beforeFastReconnect?: string;
}

/** A PEAP `EapType` with `inner` (an inner `<Eap>` element) inside. */
export function peapEapType(options: PeapOptions = {}): string {
  const trustedRootCa = options.trustedRootCa === null ? '' : `\n    <TrustedRootCA>${options.trustedRootCa ?? ROOT_THUMBPRINT}</TrustedRootCA>`;
  const inner = options.inner ?? innerEap(13, tlsEapType());
  return [
    `<EapType xmlns="${NS.peapV1}">`,
    '  <ServerValidation>',
    `    <DisableUserPromptForServerValidation>${options.disablePrompt ?? 'true'}</DisableUserPromptForServerValidation>`,
    `    <ServerNames>${options.serverNames ?? 'nps.corp.example.net'}</ServerNames>${trustedRootCa}`,
    '  </ServerValidation>',
    ...(options.beforeFastReconnect ? [indent(options.beforeFastReconnect, '  ')] : []),
    '  <FastReconnect>true</FastReconnect>',
    '  <InnerEapOptional>false</InnerEapOptional>',
    indent(inner, '  '),
    `  <EnableQuarantineChecks>${options.enableQuarantineChecks ?? 'false'}</EnableQuarantineChecks>`,
    `  <RequireCryptoBinding>${options.requireCryptoBinding ?? 'false'}</RequireCryptoBinding>`,
    '  <PeapExtensions>',
    `    <PerformServerValidation xmlns="${NS.peapV2}">${options.performServerValidation ?? 'true'}</PerformServerValidation>`,
    `    <AcceptServerName xmlns="${NS.peapV2}">${options.acceptServerName ?? 'true'}</AcceptServerName>`,
    ...(options.extensionsExtra ? [indent(options.extensionsExtra, '    ')] : []),
    '  </PeapExtensions>',
    '</EapType>',
  ].join('\n');
}

export function innerEap(type: number, eapType: string): string {
  return [`<Eap xmlns="${NS.baseEap}">`, `  <Type>${type}</Type>`, indent(eapType, '  '), '</Eap>'].join('\n');
}

export const MSCHAPV2_EAP_TYPE = `<EapType xmlns="${NS.msChapV2}">\n  <UseWinLogonCredentials>false</UseWinLogonCredentials>\n</EapType>`;

/** A minimal ProfileXML user tunnel embedding `eap`; `extra` goes before NativeProfile (e.g. DeviceCompliance). */
export function profileDocument(eap: string, extra = ''): string {
  return [
    '<VPNProfile>',
    ...(extra ? [indent(extra, '  ')] : []),
    '  <NativeProfile>',
    '    <Servers>vpn.example.net</Servers>',
    '    <NativeProtocolType>IKEv2</NativeProtocolType>',
    '    <Authentication>',
    '      <UserMethod>Eap</UserMethod>',
    '      <Eap>',
    '        <Configuration>',
    indent(eap, '          '),
    '        </Configuration>',
    '      </Eap>',
    '    </Authentication>',
    '    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>',
    '  </NativeProfile>',
    '</VPNProfile>',
  ].join('\n');
}

export const DEVICE_COMPLIANCE = '<DeviceCompliance>\n  <Enabled>true</Enabled>\n  <Sso>\n    <Enabled>true</Enabled>\n  </Sso>\n</DeviceCompliance>';

/** True once the ProfileXML catalogue hands `Eap/Configuration` to the EAP catalogue. */
export function embeddedEapAnalysed(): boolean {
  const analysis = analyzeDocument(profileDocument(eapDocument(tlsEapType())));
  return analysis.units.some((unit) => unit.kind === 'eap');
}

/** Skip reason for embedded-EAP tests while the ProfileXML catalogue does not embed EAP yet. */
export const SKIP_EMBEDDED = embeddedEapAnalysed() ? false : 'the ProfileXML catalogue does not embed EAP yet';

export function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

/** Range of `value` where it is written as `value</element>` (the `occurrence`-th time, 0-based). */
export function valueBefore(text: string, value: string, element: string, occurrence = 0): TextRange {
  const at = rangeOf(text, `${value}</${element}>`, occurrence).start;
  return { start: at, end: at + value.length };
}
