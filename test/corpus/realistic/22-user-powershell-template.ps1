<#
.SYNOPSIS
    Builds the Always On VPN user tunnel ProfileXML for Example Corp and writes it next to this script.
.EXAMPLE
    .\New-ExampleVpnProfileXml.ps1 -Server vpn.example.net -DnsSuffix corp.example.org -DnsServers 10.12.0.10,10.12.0.11
#>
[CmdletBinding()]
Param (
    [Parameter(Mandatory)][string]$Server,
    [Parameter(Mandatory)][string]$DnsSuffix,
    [Parameter(Mandatory)][string[]]$DnsServers,
    [string]$TemplateConnection = 'Template'
)

# EAP settings exported from a connection configured by hand on a reference machine
$EapXml = (Get-VpnConnection -Name $TemplateConnection).EapConfigXmlStream.InnerXml
$DnsServerList = $DnsServers -join ','

$ProfileXML = @"
<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <DnsSuffix>$DnsSuffix</DnsSuffix>
  <TrustedNetworkDetection>$DnsSuffix</TrustedNetworkDetection>
  <NativeProfile>
    <Servers>$Server</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication>
      <UserMethod>Eap</UserMethod>
      <Eap>
        <Configuration>$EapXml</Configuration>
      </Eap>
    </Authentication>
  </NativeProfile>
  <Route>
    <Address>10.12.0.0</Address>
    <PrefixSize>16</PrefixSize>
  </Route>
  <DomainNameInformation>
    <DomainName>.$DnsSuffix</DomainName>
    <DnsServers>$DnsServerList</DnsServers>
  </DomainNameInformation>
</VPNProfile>
"@

$ProfileXML | Out-File -FilePath (Join-Path $PSScriptRoot 'ProfileXML_User.xml') -Encoding utf8
