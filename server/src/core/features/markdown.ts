// Markdown for catalogue entries, shared by hover and completion documentation.
// Catalogue text is ours and written as Markdown; names and paths taken from the document go through codeSpan.
import type { AttributeSpec, ElementSpec, EnumValue, ValueSpec } from '../catalogue/types';
import { codeSpan } from '../text/markdown';

export function describeValue(value: ValueSpec): string | undefined {
  switch (value.kind) {
    case 'boolean':
      return value.strictLowercaseTrue ? '`true` or `false` — exactly lowercase `true`' : '`true` or `false`';
    case 'enum':
      return value.values.map((v) => `\`${v.value}\``).join(', ');
    case 'integer':
      return value.min !== undefined && value.max !== undefined ? `whole number ${value.min}–${value.max}` : value.min !== undefined ? `whole number ≥ ${value.min}` : 'whole number';
    case 'string':
      return FORMAT_DESCRIPTIONS[value.format];
    case 'any':
      return 'any content';
    case 'empty':
      return 'empty element';
  }
}

const FORMAT_DESCRIPTIONS: Record<string, string> = {
  text: 'text',
  fqdn: 'DNS name',
  dnsSuffix: 'DNS suffix',
  dnsSuffixList: 'comma-separated DNS suffixes, no spaces',
  nrptDomain: 'FQDN, `.suffix` or `.` for all names',
  serverList: 'comma-separated servers, each `name` or `name;FriendlyName`',
  serverUrlList: 'semicolon-separated server names or URLs',
  ipAddress: 'IPv4 or IPv6 address',
  ipAddressList: 'comma-separated IP addresses, no spaces',
  routeAddress: 'IPv4 or IPv6 network address',
  portRanges: 'comma-separated ports or ranges, e.g. `80,443,1000-2000`',
  addressRanges: 'comma-separated addresses, prefixes or ranges, e.g. `10.0.0.0/8,10.1.1.1-10.1.1.9`',
  thumbprint: 'SHA-1 certificate thumbprint (40 hex characters, spaces allowed between bytes)',
  thumbprintList: 'certificate thumbprints',
  oid: 'object identifier, e.g. `1.3.6.1.5.5.7.3.2`',
  oidList: 'comma-separated object identifiers',
  url: 'URL',
  hostPort: '`host:port`',
  appId: 'package family name, program path or `SYSTEM`',
  packageFamilyName: 'package family name',
  sddl: 'SDDL string',
  eapServerNames: 'semicolon-separated NPS server names (or regular expressions), no spaces',
};

export function elementMarkdown(spec: ElementSpec, path: string, areaLabel: string): string {
  const lines: string[] = [];
  lines.push(`**${spec.name}** · ${areaLabel}${path ? ` · ${codeSpan(path)}` : ''}`);
  // The essentials first (what may be written, what applies when it is absent, since which Windows), then the prose.
  const essentials: string[] = [];
  const described = spec.value ? describeValue(spec.value) : undefined;
  if (described) essentials.push(`Value: ${described}`);
  if (spec.defaultValue !== undefined) essentials.push(`Default: \`${spec.defaultValue}\``);
  if (spec.minWindows) essentials.push(`Minimum Windows: ${spec.minWindows}`);
  if (spec.practitionerMinWindows) essentials.push(`Practitioners report: ${spec.practitionerMinWindows.version} ([source](${spec.practitionerMinWindows.source}))`);
  if (spec.readOnly) essentials.push('Read only (Get) in the CSP: Windows reports it; it is not a setting.');
  if (essentials.length) lines.push('', ...essentials.map((f) => `${f}  `));
  lines.push('', spec.summary);
  if (spec.details) lines.push('', spec.details);
  const facts: string[] = [];
  if (spec.value?.kind === 'enum') {
    for (const v of spec.value.values) facts.push(`- \`${v.value}\` — ${v.summary}${v.weak ? ` ⚠ ${v.weak}` : ''}`);
  }
  if (spec.namespace) facts.push(`Namespace: \`${spec.namespace}\``);
  if (spec.cspPath) facts.push(`CSP node: \`${spec.cspPath}\``);
  if (!spec.readOnly && spec.inPublishedXsd === false) facts.push('Accepted by Windows but missing from the published XSD.');
  if (facts.length) lines.push('', ...facts.map((f) => (f.startsWith('- ') ? f : `${f}  `)));
  if (spec.docUrl) lines.push('', `[Documentation](${spec.docUrl})`);
  return lines.join('\n');
}

export function enumValueMarkdown(elementName: string, value: EnumValue): string {
  const lines = [`**${value.value}** · value of ${codeSpan(elementName)}`, '', value.summary];
  if (value.weak) lines.push('', `⚠ ${value.weak}`);
  if (value.minWindows) lines.push('', `Minimum Windows: ${value.minWindows}`);
  if (value.practitionerMinWindows) {
    lines.push(
      '',
      `Minimum Windows: ${value.practitionerMinWindows.version}, as practitioners report ([source](${value.practitionerMinWindows.source}))${value.minWindows ? '' : '; Microsoft documents no version'}`,
    );
  }
  return lines.join('\n');
}

export function attributeMarkdown(elementName: string, spec: AttributeSpec): string {
  const lines = [`**${spec.name}** · attribute of ${codeSpan(elementName)}`];
  const essentials: string[] = [];
  const described = describeValue(spec.value);
  if (described) essentials.push(`Value: ${described}`);
  if (spec.defaultValue !== undefined) essentials.push(`Default: \`${spec.defaultValue}\``);
  if (essentials.length) lines.push('', ...essentials.map((f) => `${f}  `));
  lines.push('', spec.summary);
  return lines.join('\n');
}
