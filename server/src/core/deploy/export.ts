// Turns an analysed profile into what deploys it: an Intune custom OMA-URI setting, a SyncML command, or a
// PowerShell script for the MDM WMI bridge. Pure: text in, text out.
//
// Sources:
// - VPNv2 CSP: the ProfileXML node under ./User/… or ./Device/Vendor/MSFT/VPNv2/{ProfileName}; the profile name
//   must not contain `/` and is URL-encoded when it has a space or another non-alphanumeric character; VPN
//   commands go in an Atomic block; to change a profile, delete it and send it again.
//   https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp
// - VPN profile options, "Apply ProfileXML using Intune": a custom profile with the OMA-URI of ProfileXML.
//   https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-profile-options
// - The WMI bridge (class MDM_VPNv2_01, namespace root\cimv2\mdm\dmmap, ParentID ./Vendor/MSFT/VPNv2) runs as
//   SYSTEM; another user's settings need that user's SID in the operation's custom options.
//   https://learn.microsoft.com/windows/client-management/using-powershell-scripting-with-the-wmi-bridge-provider
//   https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config
import type { Analysis, AnalysisUnit } from '../analysis';
import type { Finding } from '../types';
import type { XmlElement, XmlNode } from '../xml/model';
import { readBoolean } from '../xml/query';

export type ExportFormat = 'intune' | 'syncml' | 'powershell';
export type DeployScope = 'user' | 'device';

export interface ExportOptions {
  readonly format: ExportFormat;
  /** The profile name; default: the profile's `<ProfileName>`, then `fallbackName`. */
  readonly name?: string;
  /** Default: `device` for a device tunnel, otherwise `user`. */
  readonly scope?: DeployScope;
  /** SyncML: `<Replace>` instead of `<Add>`. */
  readonly replace?: boolean;
  /** Export although the profile has errors or values computed by a script. */
  readonly force?: boolean;
  /** The name to use when neither `name` nor `<ProfileName>` gives one (the CLI passes the file name). */
  readonly fallbackName?: string;
}

export interface ExportedProfile {
  readonly ok: true;
  readonly format: ExportFormat;
  readonly name: string;
  readonly scope: DeployScope;
  readonly omaUri: string;
  /** The Intune data type of the setting. */
  readonly dataType: 'String';
  /** The profile as one line: the value of the Intune setting. */
  readonly value: string;
  /** The whole output: the Intune setting as text, the SyncML document or the script. */
  readonly text: string;
  readonly notes: readonly string[];
}

export interface ExportRefusal {
  readonly ok: false;
  /** `usage`: the request itself is wrong (name, scope); `profile`: the profile is not fit to deploy. */
  readonly kind: 'usage' | 'profile';
  readonly message: string;
  /** The findings that stop the export. */
  readonly findings: readonly Finding[];
  /** The profile name that would have been used, when it was decided before the refusal. */
  readonly name?: string;
}

export type ExportResult = ExportedProfile | ExportRefusal;

const CSP_ROOT = 'Vendor/MSFT/VPNv2';

/** The profile of a document ready to be deployed, or why not. */
export function exportProfile(analysis: Analysis, options: ExportOptions): ExportResult {
  const unit = analysis.units.find((u) => u.kind === 'profile');
  if (!unit)
    return refuse(
      'profile',
      analysis.units.length ? 'The document holds an EAP configuration, not a `<VPNProfile>`: only a whole profile can be deployed.' : 'No `<VPNProfile>` was found in the document.',
    );
  const deviceTunnel = readBoolean(unit.root.child('DeviceTunnel')) === true;
  const scope = options.scope ?? (deviceTunnel ? 'device' : 'user');
  if (deviceTunnel && scope === 'user')
    return refuse('usage', 'This is a device tunnel (`<DeviceTunnel>true</DeviceTunnel>`): the VPNv2 CSP has that node only under `./Device`, so it cannot be deployed to the user scope.');
  const name = (options.name ?? (unit.root.child('ProfileName')?.text.trimmed || options.fallbackName) ?? '').trim();
  const nameProblem = profileNameProblem(name);
  if (nameProblem) return refuse('usage', nameProblem);
  if (!options.force) {
    const errors = analysis.findings.filter((f) => f.severity === 'error');
    if (errors.length)
      return {
        ...refuse('profile', `The profile has ${errors.length} error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'}, or export anyway (\`--force\`).`, errors),
        name,
      };
    if (unit.host?.placeholders.length) {
      return {
        ...refuse(
          'profile',
          'The profile is built by a PowerShell script: its variables and expressions are only known when the script runs. Export the profile the script writes, or export anyway (`--force`; the variables stay as text).',
        ),
        name,
      };
    }
  }
  const written = profileAsWritten(unit);
  const value = compactProfile(unit);
  const omaUri = profileOmaUri(name, scope);
  const notes: string[] = [];
  if (written === undefined) notes.push('The profile holds control, format or bidirectional characters: they are written as XML character references, in the compact form of the profile.');
  let text: string;
  switch (options.format) {
    case 'intune':
      text = intuneText(name, omaUri, value);
      break;
    case 'syncml':
      text = syncMl(omaUri, written ?? value, options.replace === true);
      if (options.replace) notes.push('Microsoft recommends deleting a VPN profile and adding it again rather than replacing it.');
      break;
    case 'powershell':
      text = powerShellScript(name, scope, deviceTunnel, written ?? value);
      break;
  }
  return { ok: true, format: options.format, name, scope, omaUri, dataType: 'String', value, text, notes };
}

function refuse(kind: ExportRefusal['kind'], message: string, findings: readonly Finding[] = []): ExportRefusal {
  return { ok: false, kind, message, findings };
}

// ---- names and URIs ----------------------------------------------------------------------------------

/** Why a profile name cannot be used, or undefined. The CSP allows any name without `/` (DDF `^[^/]*$`). */
export function profileNameProblem(name: string): string | undefined {
  if (!name) return 'The profile has no name: give one with --name (or a `<ProfileName>` in the profile).';
  if (name.includes('/')) return `The profile name \`${name.replace(/`/g, "'")}\` contains \`/\`, which the VPNv2 CSP does not allow in a profile name.`;
  if (UNSAFE.test(name)) return 'The profile name contains control, format or bidirectional characters.';
  return undefined;
}

/**
 * The name as a URI path segment: every character except RFC 3986's unreserved `A-Z a-z 0-9 - . _ ~` is
 * percent-encoded as UTF-8 (what .NET's `Uri.EscapeDataString` does), so `Contoso VPN` becomes `Contoso%20VPN`.
 */
export function encodeProfileName(name: string): string {
  return encodeURIComponent(name).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

export function profileOmaUri(name: string, scope: DeployScope): string {
  return `./${scope === 'device' ? 'Device' : 'User'}/${CSP_ROOT}/${encodeProfileName(name)}/ProfileXML`;
}

// ---- the profile text --------------------------------------------------------------------------------

/**
 * Characters that make a terminal do something (C0/C1 controls, DEL) or read differently (bidirectional and other
 * format characters, line and paragraph separators, lone surrogates). Tab, line feed and carriage return are XML
 * whitespace and stay.
 */
const UNSAFE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

const characterReference = (c: string) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`;

/**
 * The profile element as written (XML declaration and surrounding text left out), or undefined when it holds a
 * character that must not reach a terminal: the compact form, which writes those as references, is used then.
 */
function profileAsWritten(unit: AnalysisUnit): string | undefined {
  const written = unit.text.slice(unit.root.start, unit.root.end);
  return UNSAFE.test(written) ? undefined : written;
}

/**
 * The profile on one line: comments and the whitespace between elements removed, text untouched. Line breaks
 * inside a text are written `&#xA;` (what an XML parser reads them as), and line breaks inside an attribute value
 * a space (what attribute-value normalisation makes of them), so the value Windows reads is the same. Characters
 * a terminal would interpret are written as character references; a CDATA section holding one becomes text.
 */
export function compactProfile(unit: Pick<AnalysisUnit, 'text' | 'root'>): string {
  const source = unit.text;
  const out: string[] = [];
  const escapeText = (raw: string) => raw.replace(/\r\n|\r|\n/g, '&#xA;').replace(UNSAFE_ALL, characterReference);
  const write = (node: XmlNode, parent: XmlElement | undefined): void => {
    switch (node.kind) {
      case 'element': {
        out.push('<', node.name);
        for (const attribute of node.attributes) {
          const range = attribute.valueRange;
          if (!range) {
            out.push(' ', attribute.name);
            continue;
          }
          const quote = source[range.start - 1] === "'" ? "'" : '"';
          const raw = source
            .slice(range.start, range.end)
            .replace(/[\t\n\r]/g, ' ')
            .replace(UNSAFE_ALL, characterReference);
          out.push(' ', attribute.name, '=', quote, raw, quote);
        }
        if (node.selfClosing && !node.children.length) {
          out.push('/>');
          return;
        }
        out.push('>');
        for (const child of node.children) write(child, node);
        out.push('</', node.name, '>');
        return;
      }
      case 'text': {
        const raw = source.slice(node.start, node.end);
        // Whitespace between child elements is layout, not content.
        if (parent?.hasChildElements && !raw.trim()) return;
        out.push(escapeText(raw));
        return;
      }
      case 'cdata': {
        if (!UNSAFE.test(node.value) && !/[\r\n]/.test(node.value)) out.push(source.slice(node.start, node.end));
        else out.push(escapeText(node.value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')));
        return;
      }
      case 'pi':
        out.push(
          source
            .slice(node.start, node.end)
            .replace(/[\r\n]+/g, ' ')
            .replace(UNSAFE_ALL, ''),
        );
        return;
      case 'comment':
      case 'doctype':
        return;
    }
  };
  write(unit.root, undefined);
  return out.join('');
}

// ---- Intune ----------------------------------------------------------------------------------------------

function intuneText(name: string, omaUri: string, value: string): string {
  return [`Name:      ${name}`, `OMA-URI:   ${omaUri}`, 'Data type: String', 'Value:', value, ''].join('\n');
}

// ---- SyncML ----------------------------------------------------------------------------------------------

/** XML text escaping; a carriage return as `&#xD;`, so that the receiver reads the profile's exact characters. */
function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

function syncMl(omaUri: string, profile: string, replace: boolean): string {
  const command = replace ? 'Replace' : 'Add';
  return [
    '<SyncML xmlns="SYNCML:SYNCML1.2">',
    '  <SyncBody>',
    '    <Atomic>',
    '      <CmdID>1</CmdID>',
    `      <${command}>`,
    '        <CmdID>2</CmdID>',
    '        <Item>',
    `          <Target><LocURI>${escapeXmlText(omaUri)}</LocURI></Target>`,
    '          <Meta><Format xmlns="syncml:metinf">chr</Format></Meta>',
    `          <Data>${escapeXmlText(profile)}</Data>`,
    '        </Item>',
    `      </${command}>`,
    '    </Atomic>',
    '    <Final/>',
    '  </SyncBody>',
    '</SyncML>',
    '',
  ].join('\n');
}

// ---- PowerShell ------------------------------------------------------------------------------------------

/** A PowerShell single-quoted string: `'` (and its typographic forms) doubled. */
export function powerShellLiteral(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

/**
 * The profile as a PowerShell string: a literal here-string keeps it readable and needs no escaping, unless a line
 * of it starts with `'@`, which would end the here-string; then a single-quoted string.
 */
function profileLiteral(profile: string): string {
  if (!/(^|[\r\n])['\u2018\u2019\u201a\u201b]@/.test(profile)) return `@'\n${profile}\n'@`;
  return powerShellLiteral(profile);
}

function powerShellScript(name: string, scope: DeployScope, deviceTunnel: boolean, profile: string): string {
  const user = scope === 'user';
  const kind = deviceTunnel ? 'device tunnel' : user ? 'VPN profile for one user' : 'VPN profile for all users of the device';
  const lines = [
    '<#',
    '.SYNOPSIS',
    `    Creates or replaces an Always On VPN ${kind} through the MDM WMI bridge (class MDM_VPNv2_01).`,
    '',
    '.DESCRIPTION',
    '    Written by "aovpn export --as powershell". The profile XML below is handed to the VPNv2 CSP through the',
    '    WMI bridge; a profile with the same name is removed first, because Microsoft recommends replacing a VPN',
    '    profile as a whole rather than changing it.',
    '',
    '    Run it as SYSTEM: the WMI bridge configures MDM nodes only for the LocalSystem account (for a test,',
    '    psexec.exe -i -s powershell.exe; in production, a deployment tool that runs scripts as SYSTEM).',
    ...(user
      ? [
          '    The profile is created for the user whose SID is given with -UserSid, or else for the user signed in at',
          '    the console (not over Remote Desktop).',
          '',
          '.PARAMETER UserSid',
          '    The security identifier of the user who gets the profile, for example S-1-5-21-...-1001.',
        ]
      : []),
    '',
    '.LINK',
    '    https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp',
    '.LINK',
    '    https://learn.microsoft.com/windows/client-management/using-powershell-scripting-with-the-wmi-bridge-provider',
    '#>',
    '#Requires -Version 5.1',
    '[CmdletBinding()]',
    user ? 'param([string] $UserSid)' : 'param()',
    '',
    "$ErrorActionPreference = 'Stop'",
    '',
    `$ProfileName = ${powerShellLiteral(name)}`,
    '# The name as the CSP node name: URL-encoded.',
    `$InstanceId = ${powerShellLiteral(encodeProfileName(name))}`,
    `$ProfileXml = ${profileLiteral(profile)}`,
    '',
    "$Namespace = 'root\\cimv2\\mdm\\dmmap'",
    "$ClassName = 'MDM_VPNv2_01'",
    "$ParentId = './Vendor/MSFT/VPNv2'",
    '',
    '# The ProfileXML node exists from Windows 10 1607 (build 14393).',
    'if ([Environment]::OSVersion.Version.Build -lt 14393) {',
    "    throw 'The VPNv2 ProfileXML node needs Windows 10 1607 (build 14393) or later.'",
    '}',
    '',
    '# The WMI bridge works only for LocalSystem (S-1-5-18).',
    '$Identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()',
    "if ($Identity.User.Value -ne 'S-1-5-18') {",
    deviceTunnel
      ? '    throw "A device tunnel must be created as SYSTEM, but this script runs as $($Identity.Name). Run it as SYSTEM (for example psexec.exe -i -s powershell.exe)."'
      : '    throw "The MDM WMI bridge must be used as SYSTEM, but this script runs as $($Identity.Name). Run it as SYSTEM (for example psexec.exe -i -s powershell.exe)."',
    '}',
    '',
    '# The WMI bridge expects the XML escaped.',
    '$EscapedXml = [System.Security.SecurityElement]::Escape($ProfileXml)',
    '',
  ];
  if (user) {
    lines.push(
      'if (-not $UserSid) {',
      '    $ConsoleUser = (Get-CimInstance -ClassName Win32_ComputerSystem).UserName',
      '    if (-not $ConsoleUser) {',
      "        throw 'No user is signed in at the console: give the SID of the user who gets the profile with -UserSid.'",
      '    }',
      '    $UserSid = ([System.Security.Principal.NTAccount] $ConsoleUser).Translate([System.Security.Principal.SecurityIdentifier]).Value',
      '}',
      '',
      "# A user's settings: the bridge takes the user from the operation's custom options.",
      '$Options = New-Object Microsoft.Management.Infrastructure.Options.CimOperationOptions',
      "$Options.SetCustomOption('PolicyPlatformContext_PrincipalContext_Type', 'PolicyPlatform_UserContext', $false)",
      "$Options.SetCustomOption('PolicyPlatformContext_PrincipalContext_Id', $UserSid, $false)",
      '$Session = New-CimSession',
      'try {',
      '    foreach ($Existing in $Session.EnumerateInstances($Namespace, $ClassName, $Options)) {',
      '        if ($Existing.ParentID -eq $ParentId -and $Existing.InstanceID -eq $InstanceId) {',
      '            $Session.DeleteInstance($Namespace, $Existing, $Options)',
      '            Write-Output "Removed the existing profile \'$ProfileName\'."',
      '        }',
      '    }',
      '    $Instance = New-Object Microsoft.Management.Infrastructure.CimInstance $ClassName, $Namespace',
      "    $Instance.CimInstanceProperties.Add([Microsoft.Management.Infrastructure.CimProperty]::Create('ParentID', $ParentId, 'String', 'Key'))",
      "    $Instance.CimInstanceProperties.Add([Microsoft.Management.Infrastructure.CimProperty]::Create('InstanceID', $InstanceId, 'String', 'Key'))",
      "    $Instance.CimInstanceProperties.Add([Microsoft.Management.Infrastructure.CimProperty]::Create('ProfileXML', $EscapedXml, 'String', 'Property'))",
      '    $null = $Session.CreateInstance($Namespace, $Instance, $Options)',
      '}',
      'finally {',
      '    Remove-CimSession -CimSession $Session',
      '}',
    );
  } else {
    lines.push(
      'Get-CimInstance -Namespace $Namespace -ClassName $ClassName |',
      '    Where-Object { $_.ParentID -eq $ParentId -and $_.InstanceID -eq $InstanceId } |',
      '    ForEach-Object {',
      '        Remove-CimInstance -InputObject $_',
      '        Write-Output "Removed the existing profile \'$ProfileName\'."',
      '    }',
      '',
      '$null = New-CimInstance -Namespace $Namespace -ClassName $ClassName -Property @{',
      '    ParentID   = $ParentId',
      '    InstanceID = $InstanceId',
      '    ProfileXML = $EscapedXml',
      '}',
    );
  }
  lines.push('Write-Output "Created the profile \'$ProfileName\'."', '');
  return lines.join('\n');
}
