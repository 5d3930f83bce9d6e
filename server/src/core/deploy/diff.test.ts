import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../analysis';
import { compareProfiles, type ComparisonResult } from './diff';

const EAP = `<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
        <EapMethod>
          <Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type>
          <VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId>
          <VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType>
          <AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId>
        </EapMethod>
        <Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
          <Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1">
            <Type>13</Type>
            <EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1">
              <CredentialsSource><CertificateStore><SimpleCertSelection>true</SimpleCertSelection></CertificateStore></CredentialsSource>
              <ServerValidation>
                <DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation>
                <ServerNames>nps1.corp.example.org;nps2.corp.example.org</ServerNames>
                <TrustedRootCA>5a 89 fe cb 5b 49 a7 0b 1a 52 63 b7 35 ee d7 1c c2 68 be 4b </TrustedRootCA>
                <TrustedRootCA>d2 d3 8e ba 60 ca a1 c1 20 55 a2 e1 c8 3b 15 ad 45 01 10 c2 </TrustedRootCA>
              </ServerValidation>
              <DifferentUsername>false</DifferentUsername>
            </EapType>
          </Eap>
        </Config>
      </EapHostConfig>`;

const WRITTEN = `<VPNProfile>
  <ProfileName>Contoso VPN</ProfileName>
  <AlwaysOn>true</AlwaysOn>
  <DnsSuffix>corp.example.org,example.org</DnsSuffix>
  <TrustedNetworkDetection>corp.example.org,lab.example.org</TrustedNetworkDetection>
  <RegisterDNS>True</RegisterDNS>
  <DomainNameInformation>
    <DomainName>.corp.example.org</DomainName>
    <DnsServers>10.0.0.10,2001:db8:0:0::53</DnsServers>
  </DomainNameInformation>
  <NativeProfile>
    <Servers>vpn.example.org</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>ProtocolList</NativeProtocolType>
    <ProtocolList>
      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>
      <NativeProtocol><Type>Sstp</Type></NativeProtocol>
    </ProtocolList>
    <Authentication>
      <UserMethod>Eap</UserMethod>
      <Eap><Configuration>
      ${EAP}
      </Configuration></Eap>
    </Authentication>
  </NativeProfile>
  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>
  <Route><Address>192.168.0.0</Address><PrefixSize>16</PrefixSize><Metric>5</Metric></Route>
  <TrafficFilter><RemotePortRanges>443,80-80</RemotePortRanges><Protocol>6</Protocol></TrafficFilter>
</VPNProfile>`;

/** The same profile as a device could report it: Windows' element order, its own spellings, one line. */
const REPORTED = `<VPNProfile><NativeProfile><Servers>VPN.example.org;vpn.example.org</Servers><NativeProtocolType>PROTOCOLLIST</NativeProtocolType><Authentication><UserMethod>EAP</UserMethod><Eap><Configuration>${EAP.replace(
  '<TrustedRootCA>5a 89 fe cb 5b 49 a7 0b 1a 52 63 b7 35 ee d7 1c c2 68 be 4b </TrustedRootCA>\n                <TrustedRootCA>d2 d3 8e ba 60 ca a1 c1 20 55 a2 e1 c8 3b 15 ad 45 01 10 c2 </TrustedRootCA>',
  '<TrustedRootCA>D2D38EBA60CAA1C12055A2E1C83B15AD450110C2</TrustedRootCA><TrustedRootCA>5a 89 fe cb 5b 49 a7 0b 1a 52 63 b7 35 ee d7 1c c2 68 be 4b</TrustedRootCA>',
)
  .replace('nps1.corp.example.org;nps2.corp.example.org', 'nps2.corp.example.org;nps1.corp.example.org')
  .replace(
    />\s+</g,
    '><',
  )}</Configuration></Eap></Authentication><ProtocolList><NativeProtocol><Type>Ikev2</Type></NativeProtocol><NativeProtocol><Type>Sstp</Type></NativeProtocol></ProtocolList><RoutingPolicyType>splittunnel</RoutingPolicyType></NativeProfile><Route><Address>192.168.0.0</Address><PrefixSize>16</PrefixSize><Metric>05</Metric></Route><Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize><ExclusionRoute>false</ExclusionRoute></Route><TrafficFilter><Protocol>6</Protocol><RemotePortRanges>80, 443</RemotePortRanges></TrafficFilter><DomainNameInformation><DomainName>.CORP.example.org</DomainName><DnsServers>10.0.0.10,2001:db8::53</DnsServers></DomainNameInformation><AlwaysOn>true</AlwaysOn><ProfileName>Contoso VPN</ProfileName><DnsSuffix>corp.example.org,example.org</DnsSuffix><TrustedNetworkDetection>lab.example.org,corp.example.org</TrustedNetworkDetection><RegisterDNS>1</RegisterDNS></VPNProfile>`;

function compare(a: string, b: string): Extract<ComparisonResult, { ok: true }> {
  const result = compareProfiles(analyzeDocument(a), analyzeDocument(b));
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result;
}

test('reordered but equal: element order, spellings, list forms, thumbprint forms and defaults as Windows reads them', () => {
  const result = compare(WRITTEN, REPORTED);
  assert.deepEqual(result.differences, []);
  assert.equal(result.equivalent, true);
  assert.deepEqual(
    result.sameByDefault.map((d) => [d.path, d.kind]),
    [['VPNProfile/Route[10.0.0.0/8]/ExclusionRoute', 'only-right']],
  );
});

test('really different: each difference named by its path, with both values', () => {
  const changed = WRITTEN.replace('<AlwaysOn>true</AlwaysOn>', '<AlwaysOn>True</AlwaysOn>')
    .replace('<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>', '<Route><Address>10.1.0.0</Address><PrefixSize>16</PrefixSize></Route>')
    .replace('<Metric>5</Metric>', '<Metric>50</Metric>')
    .replace('<DnsServers>10.0.0.10,2001:db8:0:0::53</DnsServers>', '<DnsServers>2001:db8::53,10.0.0.10</DnsServers>')
    .replace('<DnsSuffix>corp.example.org,example.org</DnsSuffix>', '<DnsSuffix>example.org,corp.example.org</DnsSuffix>')
    .replace(
      '<NativeProtocol><Type>Ikev2</Type></NativeProtocol>\n      <NativeProtocol><Type>Sstp</Type></NativeProtocol>',
      '<NativeProtocol><Type>Sstp</Type></NativeProtocol>\n      <NativeProtocol><Type>Ikev2</Type></NativeProtocol>',
    )
    .replace('nps1.corp.example.org;nps2.corp.example.org', 'nps1.corp.example.org')
    .replace('<DifferentUsername>false</DifferentUsername>', '<DifferentUsername>true</DifferentUsername>')
    .replace('<Servers>vpn.example.org</Servers>', '<Servers>vpn.example.org;Contoso</Servers>');
  const result = compare(WRITTEN, changed);
  assert.equal(result.equivalent, false);
  const byPath = new Map(result.differences.map((d) => [d.path, d]));
  const eapPath = 'VPNProfile/NativeProfile/Authentication/Eap/Configuration/EapHostConfig/Config/Eap/EapType';
  assert.deepEqual(
    [...byPath.keys()].sort(),
    [
      'VPNProfile/AlwaysOn',
      'VPNProfile/DnsSuffix',
      'VPNProfile/DomainNameInformation[.corp.example.org]/DnsServers',
      'VPNProfile/NativeProfile/ProtocolList/NativeProtocol[#1]/Type',
      'VPNProfile/NativeProfile/ProtocolList/NativeProtocol[#2]/Type',
      'VPNProfile/NativeProfile/Servers',
      'VPNProfile/Route[10.0.0.0/8]',
      'VPNProfile/Route[10.1.0.0/16]',
      'VPNProfile/Route[192.168.0.0/16]/Metric',
      `${eapPath}/DifferentUsername`,
      `${eapPath}/ServerValidation/ServerNames`,
    ].sort(),
  );
  const alwaysOn = byPath.get('VPNProfile/AlwaysOn')!;
  assert.deepEqual([alwaysOn.kind, alwaysOn.left, alwaysOn.right], ['changed', 'true', 'True']);
  assert.match(alwaysOn.note ?? '', /lowercase `true`/);
  assert.deepEqual([byPath.get('VPNProfile/Route[10.0.0.0/8]')!.kind, byPath.get('VPNProfile/Route[10.1.0.0/16]')!.kind], ['only-left', 'only-right']);
  assert.equal(byPath.get('VPNProfile/Route[10.0.0.0/8]')!.left, '<Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>');
  assert.deepEqual([byPath.get('VPNProfile/Route[192.168.0.0/16]/Metric')!.left, byPath.get('VPNProfile/Route[192.168.0.0/16]/Metric')!.right], ['5', '50']);
});

test('an element left out on one side is a difference unless its value is the default', () => {
  const withDefault = WRITTEN.replace('<RegisterDNS>True</RegisterDNS>', '<RegisterDNS>True</RegisterDNS>\n  <DeviceTunnel>false</DeviceTunnel>');
  const result = compare(WRITTEN, withDefault);
  assert.equal(result.equivalent, true);
  assert.deepEqual(
    result.sameByDefault.map((d) => d.path),
    ['VPNProfile/DeviceTunnel'],
  );
  const notDefault = compare(WRITTEN, WRITTEN.replace('<RegisterDNS>True</RegisterDNS>', ''));
  assert.deepEqual(
    notDefault.differences.map((d) => [d.path, d.kind, d.left]),
    [['VPNProfile/RegisterDNS', 'only-left', 'True']],
  );
});

test('the WMI read-back: Format-List output with the profile escaped and wrapped compares equal to what was written', () => {
  const escaped = REPORTED.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const width = 94;
  const lines = [`ProfileXML              : ${escaped.slice(0, width)}`];
  for (let at = width; at < escaped.length; at += width) lines.push(`                          ${escaped.slice(at, at + width)}`);
  const readBack = ['', 'InstanceID              : Contoso%20VPN', ...lines, 'ParentID                : ./Vendor/MSFT/VPNv2', ''].join('\r\n');
  const result = compare(WRITTEN, readBack);
  assert.deepEqual(result.differences, []);
});

test('the MDM node cache exported from the registry compares equal too', () => {
  const reg = `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\NodeCache\\CSP\\Device\\MS DM Server\\Nodes\\7]\r\n"NodeUri"="./Device/Vendor/MSFT/VPNv2/Contoso%20VPN/ProfileXML"\r\n"ExpectedValue"="${REPORTED.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\r\n`;
  assert.deepEqual(compare(WRITTEN, reg).differences, []);
});

test('namespaces are compared by URI, prefixes ignored; a different namespace is one difference', () => {
  const prefixed = WRITTEN.replace(
    EAP,
    EAP.replace(
      '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">',
      '<h:EapHostConfig xmlns:h="http://www.microsoft.com/provisioning/EapHostConfig" xmlns="http://www.microsoft.com/provisioning/EapHostConfig">',
    ).replace('</EapHostConfig>', '</h:EapHostConfig>'),
  );
  assert.deepEqual(compare(WRITTEN, prefixed).differences, []);
  const https = WRITTEN.replace('xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1"', 'xmlns="https://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1"');
  const result = compare(WRITTEN, https);
  assert.deepEqual(
    result.differences.map((d) => [d.path.split('/').pop(), d.note]),
    [['EapType', 'the namespace differs']],
  );
});

test('nothing to compare: no profile, or a profile against an EAP configuration', () => {
  const none = compareProfiles(analyzeDocument('<project/>'), analyzeDocument(WRITTEN));
  assert.ok(!none.ok && /first document/.test(none.message));
  const mixed = compareProfiles(analyzeDocument(EAP), analyzeDocument(WRITTEN));
  assert.ok(!mixed.ok);
  assert.ok(compare(EAP, EAP.replace(/>\s+</g, '><')).equivalent);
});
