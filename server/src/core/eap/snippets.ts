// Complete EapHostConfig blocks for the Always On VPN user tunnel methods, in the shape Windows exports
// (Get-VpnConnection … EapConfigXmlStream.InnerXml), with server validation filled in: the completion snippets of
// this file and the EAP of the New Profile… templates (profile/templates.ts) are built here, once.
// Placeholders default to the values of ./placeholders.ts: valid in form, never real, named by eap/template-placeholder.
import type { Snippet } from '../catalogue/types';
import { NS } from './namespaces';
import { NPS_SERVER_NAMES_PLACEHOLDER, ROOT_CA_THUMBPRINT_PLACEHOLDER } from './placeholders';

/** The snippet text (a tab stop with its default, usually) put at each place a deployment must fill in. */
export interface EapStops {
  /** `ServerNames`: the NPS server names. */
  readonly serverNames: string;
  /** `TrustedRootCA`: the thumbprint of the root CA of the NPS certificate. */
  readonly rootCa: string;
  /** PEAP `RequireCryptoBinding`. */
  readonly cryptoBinding?: string;
  /** EAP-MSCHAPv2 `UseWinLogonCredentials`. */
  readonly winLogonCredentials?: string;
}

function serverValidation(stops: EapStops): string[] {
  return [
    '<ServerValidation>',
    '  <DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation>',
    `  <ServerNames>${stops.serverNames}</ServerNames>`,
    `  <TrustedRootCA>${stops.rootCa}</TrustedRootCA>`,
    '</ServerValidation>',
  ];
}

const indented = (lines: readonly string[], prefix: string): string[] => lines.map((line) => prefix + line);

function tlsEapType(stops: EapStops): string[] {
  return [
    `<EapType xmlns="${NS.tlsV1}">`,
    '  <CredentialsSource>',
    '    <CertificateStore>',
    '      <SimpleCertSelection>true</SimpleCertSelection>',
    '    </CertificateStore>',
    '  </CredentialsSource>',
    ...indented(serverValidation(stops), '  '),
    '  <DifferentUsername>false</DifferentUsername>',
    `  <PerformServerValidation xmlns="${NS.tlsV2}">true</PerformServerValidation>`,
    `  <AcceptServerName xmlns="${NS.tlsV2}">true</AcceptServerName>`,
    '</EapType>',
  ];
}

function mschapv2EapType(stops: EapStops): string[] {
  return [`<EapType xmlns="${NS.msChapV2}">`, `  <UseWinLogonCredentials>${stops.winLogonCredentials ?? 'true'}</UseWinLogonCredentials>`, '</EapType>'];
}

/** PEAP settings around an inner method (EAP type 13 or 26): the outer server validation is the one that counts. */
function peapEapType(stops: EapStops, innerType: 13 | 26, inner: string[]): string[] {
  return [
    `<EapType xmlns="${NS.peapV1}">`,
    ...indented(serverValidation(stops), '  '),
    '  <FastReconnect>true</FastReconnect>',
    '  <InnerEapOptional>false</InnerEapOptional>',
    `  <Eap xmlns="${NS.baseEap}">`,
    `    <Type>${innerType}</Type>`,
    ...indented(inner, '    '),
    '  </Eap>',
    '  <EnableQuarantineChecks>false</EnableQuarantineChecks>',
    `  <RequireCryptoBinding>${stops.cryptoBinding ?? 'false'}</RequireCryptoBinding>`,
    '  <PeapExtensions>',
    `    <PerformServerValidation xmlns="${NS.peapV2}">true</PerformServerValidation>`,
    `    <AcceptServerName xmlns="${NS.peapV2}">true</AcceptServerName>`,
    '  </PeapExtensions>',
    '</EapType>',
  ];
}

function eapHostConfig(type: 13 | 25, eapType: string[]): string {
  return [
    `<EapHostConfig xmlns="${NS.eapHostConfig}">`,
    '  <EapMethod>',
    `    <Type xmlns="${NS.eapCommon}">${type}</Type>`,
    `    <VendorId xmlns="${NS.eapCommon}">0</VendorId>`,
    `    <VendorType xmlns="${NS.eapCommon}">0</VendorType>`,
    `    <AuthorId xmlns="${NS.eapCommon}">0</AuthorId>`,
    '  </EapMethod>',
    `  <Config xmlns="${NS.eapHostConfig}">`,
    `    <Eap xmlns="${NS.baseEap}">`,
    `      <Type>${type}</Type>`,
    ...indented(eapType, '      '),
    '    </Eap>',
    '  </Config>',
    '</EapHostConfig>',
  ].join('\n');
}

/** EAP-TLS (type 13): the user certificate from the store, the NPS server validated by name and root CA. */
export function eapTlsConfiguration(stops: EapStops): string {
  return eapHostConfig(13, tlsEapType(stops));
}

/** PEAP (type 25) with EAP-TLS inside ("PEAP-TLS"), server validation on both levels as Windows exports it. */
export function peapTlsConfiguration(stops: EapStops): string {
  return eapHostConfig(25, peapEapType(stops, 13, tlsEapType(stops)));
}

/** PEAP (type 25) with EAP-MSCHAPv2 (type 26) inside: user name and password in a validated TLS tunnel. */
export function peapMschapv2Configuration(stops: EapStops): string {
  return eapHostConfig(25, peapEapType(stops, 26, mschapv2EapType(stops)));
}

const STANDALONE_STOPS: EapStops = {
  serverNames: '${1:' + NPS_SERVER_NAMES_PLACEHOLDER + '}',
  rootCa: '${2:' + ROOT_CA_THUMBPRINT_PLACEHOLDER + '}',
  cryptoBinding: '${3|false,true|}',
};

const EAP_TLS = eapTlsConfiguration(STANDALONE_STOPS);
const PEAP_TLS = peapTlsConfiguration(STANDALONE_STOPS);

const PEAP_TLS_DESCRIPTION =
  'PEAP with EAP-TLS inside (PEAP-TLS, EAP types 25 and 13), the usual Always On VPN user tunnel: user certificate authentication, NPS server validated by name and root CA thumbprint, no prompts.';
const EAP_TLS_DESCRIPTION = 'EAP-TLS (EAP type 13): user certificate authentication, NPS server validated by name and root CA thumbprint, no prompts.';

export const eapSnippets: readonly Snippet[] = [
  { label: 'PEAP-TLS EAP configuration', description: PEAP_TLS_DESCRIPTION, parent: 'Configuration', body: PEAP_TLS },
  { label: 'EAP-TLS EAP configuration', description: EAP_TLS_DESCRIPTION, parent: 'Configuration', body: EAP_TLS },
  { label: 'PEAP-TLS EapHostConfig', description: PEAP_TLS_DESCRIPTION, parent: '', body: PEAP_TLS },
  { label: 'EAP-TLS EapHostConfig', description: EAP_TLS_DESCRIPTION, parent: '', body: EAP_TLS },
];
