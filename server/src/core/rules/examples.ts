// Builders for the short documents in the rule reference (docs.wrong / docs.right) of the catalogue and value
// rules: a ProfileXML and an EAP-TLS configuration in the shape Windows exports, with a slot for the part a rule
// is about. A test checks that each rule reports its wrong example and stays silent on its right one.

/** A ProfileXML: `inner` goes inside `<VPNProfile>`, `native` inside `<NativeProfile>` after `<Servers>`. */
export function profileExample(parts: { readonly inner?: string; readonly native?: string } = {}): string {
  return [
    '<VPNProfile>',
    '  <NativeProfile>',
    '    <Servers>vpn.example.net</Servers>',
    ...(parts.native ? [parts.native] : []),
    '  </NativeProfile>',
    ...(parts.inner ? [parts.inner] : []),
    '</VPNProfile>',
    '',
  ].join('\n');
}

const TLS = 'http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1';
const TLS_V2 = 'http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2';
const COMMON = 'http://www.microsoft.com/provisioning/EapCommon';

/**
 * An EAP-TLS configuration. `credentials` replaces the content of `<CertificateStore>`, `validation` the content of
 * `<ServerValidation>`, `afterValidation` what follows `</ServerValidation>` inside `<EapType>`.
 */
export function eapTlsExample(parts: { readonly credentials?: string; readonly validation?: string; readonly afterValidation?: string; readonly methodType?: string } = {}): string {
  const indent = '          ';
  return [
    '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">',
    '  <EapMethod>',
    `    <Type xmlns="${COMMON}">${parts.methodType ?? '13'}</Type>`,
    `    <VendorId xmlns="${COMMON}">0</VendorId>`,
    `    <VendorType xmlns="${COMMON}">0</VendorType>`,
    `    <AuthorId xmlns="${COMMON}">0</AuthorId>`,
    '  </EapMethod>',
    '  <Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig">',
    '    <Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1">',
    '      <Type>13</Type>',
    `      <EapType xmlns="${TLS}">`,
    '        <CredentialsSource>',
    '          <CertificateStore>',
    parts.credentials ?? `${indent}<SimpleCertSelection>true</SimpleCertSelection>`,
    '          </CertificateStore>',
    '        </CredentialsSource>',
    '        <ServerValidation>',
    parts.validation ??
      [
        `${indent}<DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation>`,
        `${indent}<ServerNames>nps.example.net</ServerNames>`,
        `${indent}<TrustedRootCA>d2 d3 8e ba 60 ca a1 c1 20 55 a2 e1 c8 3b 15 ad 45 01 10 c2 </TrustedRootCA>`,
      ].join('\n'),
    '        </ServerValidation>',
    parts.afterValidation ??
      [
        '        <DifferentUsername>false</DifferentUsername>',
        `        <PerformServerValidation xmlns="${TLS_V2}">true</PerformServerValidation>`,
        `        <AcceptServerName xmlns="${TLS_V2}">true</AcceptServerName>`,
      ].join('\n'),
    '      </EapType>',
    '    </Eap>',
    '  </Config>',
    '</EapHostConfig>',
    '',
  ].join('\n');
}

export const EAP_TLS_V2_NAMESPACE = TLS_V2;
