// Completion snippets: complete EapHostConfig blocks for the two certificate-based Always On VPN user tunnel
// methods, in the shape Windows exports (Get-VpnConnection … EapConfigXmlStream.InnerXml), with the server
// validation settings to fill in. Each is offered inside ProfileXML `Eap/Configuration` and as a standalone file.
import type { Snippet } from '../catalogue/types';
import { NS } from './namespaces';

const SERVER_NAMES = '${1:nps1.corp.example.com;nps2.corp.example.com}';
const ROOT_CA = '${2:SHA-1 thumbprint of the root CA of the NPS certificate}';

function tlsEapType(indent: string): string {
  return [
    `<EapType xmlns="${NS.tlsV1}">`,
    '  <CredentialsSource>',
    '    <CertificateStore>',
    '      <SimpleCertSelection>true</SimpleCertSelection>',
    '    </CertificateStore>',
    '  </CredentialsSource>',
    '  <ServerValidation>',
    '    <DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation>',
    `    <ServerNames>${SERVER_NAMES}</ServerNames>`,
    `    <TrustedRootCA>${ROOT_CA}</TrustedRootCA>`,
    '  </ServerValidation>',
    '  <DifferentUsername>false</DifferentUsername>',
    `  <PerformServerValidation xmlns="${NS.tlsV2}">true</PerformServerValidation>`,
    `  <AcceptServerName xmlns="${NS.tlsV2}">true</AcceptServerName>`,
    '</EapType>',
  ]
    .map((line) => indent + line)
    .join('\n');
}

function eapHostConfig(type: 13 | 25, eapType: string): string {
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
    eapType,
    '    </Eap>',
    '  </Config>',
    '</EapHostConfig>',
  ].join('\n');
}

const EAP_TLS = eapHostConfig(13, tlsEapType('      '));

const PEAP_TLS = eapHostConfig(
  25,
  [
    `<EapType xmlns="${NS.peapV1}">`,
    '  <ServerValidation>',
    '    <DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation>',
    `    <ServerNames>${SERVER_NAMES}</ServerNames>`,
    `    <TrustedRootCA>${ROOT_CA}</TrustedRootCA>`,
    '  </ServerValidation>',
    '  <FastReconnect>true</FastReconnect>',
    '  <InnerEapOptional>false</InnerEapOptional>',
    `  <Eap xmlns="${NS.baseEap}">`,
    '    <Type>13</Type>',
    tlsEapType('    '),
    '  </Eap>',
    '  <EnableQuarantineChecks>false</EnableQuarantineChecks>',
    '  <RequireCryptoBinding>${3|false,true|}</RequireCryptoBinding>',
    '  <PeapExtensions>',
    `    <PerformServerValidation xmlns="${NS.peapV2}">true</PerformServerValidation>`,
    `    <AcceptServerName xmlns="${NS.peapV2}">true</AcceptServerName>`,
    '  </PeapExtensions>',
    '</EapType>',
  ]
    .map((line) => '      ' + line)
    .join('\n'),
);

const PEAP_TLS_DESCRIPTION =
  'PEAP with EAP-TLS inside (PEAP-TLS, EAP types 25 and 13), the usual Always On VPN user tunnel: user certificate authentication, NPS server validated by name and root CA thumbprint, no prompts.';
const EAP_TLS_DESCRIPTION = 'EAP-TLS (EAP type 13): user certificate authentication, NPS server validated by name and root CA thumbprint, no prompts.';

export const eapSnippets: readonly Snippet[] = [
  { label: 'PEAP-TLS EAP configuration', description: PEAP_TLS_DESCRIPTION, parent: 'Configuration', body: PEAP_TLS },
  { label: 'EAP-TLS EAP configuration', description: EAP_TLS_DESCRIPTION, parent: 'Configuration', body: EAP_TLS },
  { label: 'PEAP-TLS EapHostConfig', description: PEAP_TLS_DESCRIPTION, parent: '', body: PEAP_TLS },
  { label: 'EAP-TLS EapHostConfig', description: EAP_TLS_DESCRIPTION, parent: '', body: EAP_TLS },
];
