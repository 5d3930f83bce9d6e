// Document builders for the profile rules' tests: a user tunnel, a device tunnel and the blocks they are made of.

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
