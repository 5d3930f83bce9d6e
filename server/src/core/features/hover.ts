// Hover: what an element, attribute or value means, from the catalogues.
import type { Analysis, AnalysisUnit } from '../analysis';
import type { ElementSpec } from '../catalogue/types';
import { toOriginalRange } from '../documents/sourceMap';
import type { TextRange } from '../types';
import { matchEnum } from '../values/validate';
import { parseThumbprint, eapThumbprint, compactThumbprint } from '../values/thumbprint';
import type { XmlElement } from '../xml/model';
import { elementAt } from '../xml/query';
import { codeSpan } from '../text/markdown';
import { attributeMarkdown, elementMarkdown, enumValueMarkdown } from './markdown';
import { unitAt } from './units';

export interface HoverResult {
  readonly range: TextRange;
  readonly markdown: string;
}

export interface HoverOptions {
  /** Extra Markdown for a SHA-1 thumbprint (lowercase hex), e.g. which workspace certificate it is. */
  readonly describeThumbprint?: (sha1: string) => string | undefined;
}

const AREA_LABEL = { profile: 'ProfileXML', eap: 'EAP configuration' } as const;

export function hoverAt(analysis: Analysis, documentOffset: number, options: HoverOptions = {}): HoverResult | undefined {
  const position = unitAt(analysis, documentOffset);
  if (!position) return undefined;
  const { unit, offset } = position;
  const element = elementAt([unit.root], offset);
  if (!element) return undefined;
  const result = hoverInUnit(unit, element, offset, options);
  if (!result) return undefined;
  return { range: toOriginalRange(unit.map, result.range), markdown: result.markdown };
}

function hoverInUnit(unit: AnalysisUnit, element: XmlElement, offset: number, options: HoverOptions): HoverResult | undefined {
  const spec = unit.specs.specOf(element);
  const inRange = (r: TextRange | undefined) => r !== undefined && offset >= r.start && offset <= r.end;

  if (inRange(element.nameRange) || inRange(element.closeTag?.nameRange)) {
    if (!spec) return undefined;
    const range = inRange(element.nameRange) ? element.nameRange : element.closeTag!.nameRange;
    return { range, markdown: elementMarkdown(spec, pathOf(unit, element), AREA_LABEL[unit.kind]) };
  }
  for (const attribute of element.attributes) {
    if (!inRange(attribute.range)) continue;
    if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns') {
      const uri = attribute.value ?? '';
      return { range: attribute.range, markdown: namespaceMarkdown(uri) };
    }
    const attributeSpec = spec?.attributes?.find((a) => a.name === attribute.localName);
    return attributeSpec ? { range: attribute.range, markdown: attributeMarkdown(element.localName, attributeSpec) } : undefined;
  }
  if (offset >= element.contentStart && offset <= element.contentEnd && spec?.value) {
    const text = element.text;
    if (!text.trimmed || !inRange(text.range)) return undefined;
    // Every value hovers: its own explanation where the catalogue has one, else the element's.
    return valueHover(spec, element, text.trimmed, text.range, options) ?? { range: text.range, markdown: elementMarkdown(spec, pathOf(unit, element), AREA_LABEL[unit.kind]) };
  }
  return undefined;
}

function valueHover(spec: ElementSpec, element: XmlElement, value: string, range: TextRange, options: HoverOptions): HoverResult | undefined {
  const valueSpec = spec.value!;
  if (valueSpec.kind === 'enum') {
    const match = matchEnum(value, valueSpec.values);
    if (match) return { range, markdown: enumValueMarkdown(element.localName, match) };
  }
  if (valueSpec.kind === 'string' && (valueSpec.format === 'thumbprint' || valueSpec.format === 'thumbprintList')) {
    const parsed = parseThumbprint(value);
    if (parsed.hex) {
      const lines = [`**Certificate thumbprint** (${parsed.hex.length === 40 ? 'SHA-1' : `${parsed.hex.length / 2} bytes`})`, ''];
      lines.push(`- As Windows writes it in EAP XML: ${codeSpan(parsed.hex.length % 2 === 0 ? eapThumbprint(parsed.hex) : parsed.hex)}`);
      lines.push(`- As certutil and PowerShell print it: ${codeSpan(compactThumbprint(parsed.hex))}`);
      const described = options.describeThumbprint?.(parsed.hex);
      if (described) lines.push('', described);
      return { range, markdown: lines.join('\n') };
    }
  }
  return undefined;
}

function pathOf(unit: AnalysisUnit, element: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | undefined = element; e; e = e.parent) {
    names.push(e.localName);
    if (e === unit.root) break;
  }
  return names.reverse().join('/');
}

const KNOWN_NAMESPACES: Record<string, string> = {
  'http://www.microsoft.com/provisioning/EapHostConfig': 'EapHostConfig: the EAP host configuration wrapper.',
  'http://www.microsoft.com/provisioning/EapCommon': 'EapCommon: the EAP method identity (Type, VendorId, VendorType, AuthorId).',
  'http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1': 'BaseEapConnectionPropertiesV1: the method-independent `Eap` element with its `Type`.',
  'http://www.microsoft.com/provisioning/BaseEapMethodConfig': 'BaseEapMethodConfig: declared by Windows-exported samples.',
  'http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1': 'EAP-TLS connection properties, version 1.',
  'http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2': 'EAP-TLS connection properties, version 2 (Windows 7 and later).',
  'http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV3': 'EAP-TLS connection properties, version 3 (Windows 8 and later): certificate filtering.',
  'http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV1': 'PEAP connection properties, version 1.',
  'http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV2': 'PEAP connection properties, version 2 (Windows 7 and later).',
  'http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV3': 'PEAP connection properties, version 3 (Windows 8 and later).',
  'http://www.microsoft.com/provisioning/MsChapV2ConnectionPropertiesV1': 'EAP-MSCHAPv2 connection properties.',
};

function namespaceMarkdown(uri: string): string {
  const known = Object.hasOwn(KNOWN_NAMESPACES, uri) ? KNOWN_NAMESPACES[uri] : undefined;
  const title = `**XML namespace** ${codeSpan(uri)}`;
  if (known) return `${title}\n\n${known}`;
  if (uri.startsWith('https://www.microsoft.com/provisioning/')) {
    return `${title}\n\nNot a namespace Windows knows: EAP namespaces start with \`http://\`, and namespaces compare as exact strings.`;
  }
  return title;
}
