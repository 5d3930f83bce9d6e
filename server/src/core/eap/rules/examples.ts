// Small complete EAP documents, as Windows exports them, for the rules' documentation examples (`docs.wrong` /
// `docs.right`) and their tests: an EapHostConfig standalone or inside a minimal ProfileXML, around EAP-TLS, PEAP or
// EAP-MSCHAPv2 settings. Every option changes one setting, so an example shows only what its rule is about.
import { NS } from '../namespaces';

export function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

export interface EapDocOptions {
  /** `EapMethod/Type` (default 13). */
  readonly methodType?: number | string;
  /** `Config/Eap/Type` (default: the method type). */
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
  /** `null` leaves `TrustedRootCA` out. */
  readonly trustedRootCa?: string | null;
  readonly performServerValidation?: string;
  readonly acceptServerName?: string;
  readonly simpleCertSelection?: string;
  /** A `FilteringInfo` element, placed in `TLSExtensions`. */
  readonly filteringInfo?: string;
}

/** The thumbprint of a root CA as Windows writes it: lowercase byte pairs separated by spaces, a trailing space. */
export const ROOT_THUMBPRINT = 'db 52 5d 00 f8 13 84 9e 3f ee c2 53 db b0 4f 21 04 c3 c2 b6 ';

function serverValidation(options: TlsOptions): string[] {
  return [
    '  <ServerValidation>',
    `    <DisableUserPromptForServerValidation>${options.disablePrompt ?? 'true'}</DisableUserPromptForServerValidation>`,
    `    <ServerNames>${options.serverNames ?? 'nps.corp.example.net'}</ServerNames>`,
    ...(options.trustedRootCa === null ? [] : [`    <TrustedRootCA>${options.trustedRootCa ?? ROOT_THUMBPRINT}</TrustedRootCA>`]),
    '  </ServerValidation>',
  ];
}

/** An EAP-TLS `EapType` with the given settings (the defaults validate the NPS server fully, without prompting). */
export function tlsEapType(options: TlsOptions = {}): string {
  const filtering = options.filteringInfo ? [`  <TLSExtensions xmlns="${NS.tlsV2}">`, indent(options.filteringInfo, '    '), '  </TLSExtensions>'] : [];
  return [
    `<EapType xmlns="${NS.tlsV1}">`,
    `  <CredentialsSource><CertificateStore><SimpleCertSelection>${options.simpleCertSelection ?? 'true'}</SimpleCertSelection></CertificateStore></CredentialsSource>`,
    ...serverValidation(options),
    '  <DifferentUsername>false</DifferentUsername>',
    `  <PerformServerValidation xmlns="${NS.tlsV2}">${options.performServerValidation ?? 'true'}</PerformServerValidation>`,
    `  <AcceptServerName xmlns="${NS.tlsV2}">${options.acceptServerName ?? 'true'}</AcceptServerName>`,
    ...filtering,
    '</EapType>',
  ].join('\n');
}

export interface PeapOptions extends Omit<TlsOptions, 'simpleCertSelection' | 'filteringInfo'> {
  /** The inner method, an `<Eap …>` element (default: EAP-TLS, i.e. PEAP-TLS). */
  readonly inner?: string;
  readonly requireCryptoBinding?: string;
  readonly enableQuarantineChecks?: string;
  /** More `PeapExtensions` children. */
  readonly extensionsExtra?: string;
  /** Elements between `ServerValidation` and `FastReconnect` (the old place of `IdentityPrivacy`). */
  readonly beforeFastReconnect?: string;
}

/** A PEAP `EapType` with `inner` inside. */
export function peapEapType(options: PeapOptions = {}): string {
  const inner = options.inner ?? innerEap(13, tlsEapType());
  return [
    `<EapType xmlns="${NS.peapV1}">`,
    ...serverValidation(options),
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

/** An inner `<Eap>` of PEAP: the method's type number and its `EapType`. */
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

/** `DeviceCompliance` turning Microsoft Entra Conditional Access on, with SSO. */
export const DEVICE_COMPLIANCE = '<DeviceCompliance>\n  <Enabled>true</Enabled>\n  <Sso>\n    <Enabled>true</Enabled>\n  </Sso>\n</DeviceCompliance>';
