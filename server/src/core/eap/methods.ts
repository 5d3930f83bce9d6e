// Finds the method configurations in an EapHostConfig: the outer `Config/Eap` and, for PEAP, its inner `Eap`.
// Elements are matched by local name AND namespace (an `https://` namespace counts as the intended `http://`
// one, as in catalogue resolution), so rules see the same structure the catalogue validated.
import { intendedNamespace, type SpecResolution } from '../catalogue/catalogue';
import { validateValue } from '../values/validate';
import { integerValue } from '../xml/edits';
import { XmlElement } from '../xml/model';
import { readBoolean } from '../xml/query';
import type { EapModel } from './model';
import { NS } from './namespaces';

export type MethodKind = 'tls' | 'peap' | 'mschapv2';

/** The EAP type number of each Microsoft method and the namespace of its `EapType`. */
export const METHODS: Readonly<Record<MethodKind, { readonly type: number; readonly namespace: string; readonly label: string }>> = {
  tls: { type: 13, namespace: NS.tlsV1, label: 'EAP-TLS' },
  peap: { type: 25, namespace: NS.peapV1, label: 'PEAP' },
  mschapv2: { type: 26, namespace: NS.msChapV2, label: 'EAP-MSCHAPv2' },
};

export const CONDITIONAL_ACCESS_EKU_OID = '1.3.6.1.4.1.311.87';
export const CONDITIONAL_ACCESS_EKU_NAME = 'AAD Conditional Access';

export interface MethodBlock {
  /** The `Eap` element (BaseEapConnectionPropertiesV1 namespace). */
  readonly eap: XmlElement;
  /** `Eap/Type`. */
  readonly type: XmlElement | undefined;
  readonly typeNumber: number | undefined;
  /** The first `EapType` child, whatever its namespace. */
  readonly eapType: XmlElement | undefined;
  /** Method told by the namespace of `eapType`; undefined for other or unknown namespaces. */
  readonly kind: MethodKind | undefined;
  /** The PEAP block around an inner method. */
  readonly outer: MethodBlock | undefined;
}

export function namespaceOf(element: XmlElement): string {
  return intendedNamespace(element.namespaceUri);
}

/** First child element with this local name in this namespace. */
export function childIn(parent: XmlElement | undefined, localName: string, namespace: string): XmlElement | undefined {
  if (!parent) return undefined;
  for (const child of parent.children) if (child instanceof XmlElement && child.localName === localName && namespaceOf(child) === namespace) return child;
  return undefined;
}

export function childrenIn(parent: XmlElement | undefined, localName: string, namespace: string): XmlElement[] {
  if (!parent) return [];
  return parent.childrenNamed(localName).filter((child) => namespaceOf(child) === namespace);
}

export function kindOfNamespace(namespace: string): MethodKind | undefined {
  return (Object.keys(METHODS) as MethodKind[]).find((kind) => METHODS[kind].namespace === namespace);
}

export function kindOfTypeNumber(type: number | undefined): MethodKind | undefined {
  return (Object.keys(METHODS) as MethodKind[]).find((kind) => METHODS[kind].type === type);
}

function block(eap: XmlElement, outer: MethodBlock | undefined): MethodBlock {
  const type = childIn(eap, 'Type', NS.baseEap);
  const eapType = eap.child('EapType');
  return { eap, type, typeNumber: integerValue(type), eapType, kind: eapType ? kindOfNamespace(namespaceOf(eapType)) : undefined, outer };
}

const BLOCKS = new WeakMap<EapModel, MethodBlock[]>();

/** The outer method block and every inner block of a PEAP configuration, outer first (computed once per model). */
export function methodBlocks(model: EapModel): MethodBlock[] {
  let blocks = BLOCKS.get(model);
  if (!blocks) {
    blocks = findMethodBlocks(model);
    BLOCKS.set(model, blocks);
  }
  return blocks;
}

function findMethodBlocks(model: EapModel): MethodBlock[] {
  const config = childIn(model.root, 'Config', NS.eapHostConfig);
  const outerEap = childIn(config, 'Eap', NS.baseEap);
  if (!outerEap) return [];
  const outer = block(outerEap, undefined);
  const blocks = [outer];
  if (outer.kind === 'peap') for (const inner of childrenIn(outer.eapType, 'Eap', NS.baseEap)) blocks.push(block(inner, outer));
  return blocks;
}

/** `EapMethod/Type` (EapCommon namespace). */
export function methodTypeElement(model: EapModel): XmlElement | undefined {
  return childIn(childIn(model.root, 'EapMethod', NS.eapHostConfig), 'Type', NS.eapCommon);
}

export function vendorIdOf(model: EapModel): number | undefined {
  return integerValue(childIn(childIn(model.root, 'EapMethod', NS.eapHostConfig), 'VendorId', NS.eapCommon));
}

/** The settings that decide how a TLS or PEAP block validates the NPS server certificate. */
export interface ServerValidationSettings {
  readonly method: 'tls' | 'peap';
  readonly eapType: XmlElement;
  readonly serverValidation: XmlElement | undefined;
  readonly disablePrompt: XmlElement | undefined;
  readonly serverNames: XmlElement | undefined;
  readonly trustedRootCas: XmlElement[];
  /** `PerformServerValidation` element (TLS V2 in EapType, PEAP V2 in PeapExtensions). */
  readonly performServerValidation: XmlElement | undefined;
  readonly acceptServerName: XmlElement | undefined;
  /** False only when validation is switched off explicitly (element or PEAP attribute). */
  readonly validationOn: boolean;
}

export function serverValidationSettings(methodBlock: MethodBlock): ServerValidationSettings | undefined {
  const { kind, eapType } = methodBlock;
  if (!eapType || (kind !== 'tls' && kind !== 'peap')) return undefined;
  const ns = METHODS[kind].namespace;
  const serverValidation = childIn(eapType, 'ServerValidation', ns);
  const extensions = kind === 'peap' ? childIn(eapType, 'PeapExtensions', NS.peapV1) : eapType;
  const extensionNs = kind === 'peap' ? NS.peapV2 : NS.tlsV2;
  const performServerValidation = childIn(extensions, 'PerformServerValidation', extensionNs);
  const attribute = kind === 'peap' ? serverValidation?.attribute('PerformServerValidation') : undefined;
  const attributeOff = attribute?.value !== undefined && ['false', '0'].includes(attribute.value.trim().toLowerCase());
  return {
    method: kind,
    eapType,
    serverValidation,
    disablePrompt: childIn(serverValidation, 'DisableUserPromptForServerValidation', ns),
    serverNames: childIn(serverValidation, 'ServerNames', ns),
    trustedRootCas: childrenIn(serverValidation, 'TrustedRootCA', ns),
    performServerValidation,
    acceptServerName: childIn(extensions, 'AcceptServerName', extensionNs),
    validationOn: readBoolean(performServerValidation) !== false && !attributeOff,
  };
}

/**
 * The server-validation settings that protect the connection: those of the outer method only. In PEAP the inner
 * method (EAP-TLS in PEAP-TLS) runs inside the TLS tunnel the outer PEAP built after validating the NPS server
 * certificate (MS-PEAP overview), so the inner method's own server-validation settings add no protection and are
 * not judged.
 */
export function outerServerValidation(model: EapModel): ServerValidationSettings | undefined {
  const outer = methodBlocks(model)[0];
  return outer ? serverValidationSettings(outer) : undefined;
}

/**
 * What is missing or malformed among the settings a connection depends on once validation is on and the prompt is
 * off: with both in force, an NPS server that `ServerNames` and `TrustedRootCA` do not describe makes the
 * connection fail, where a prompt would have let the user continue. Each entry names one setting to set first
 * (Markdown); none when `ServerNames` and at least one `TrustedRootCA` are present and pass the catalogue's value
 * checks (the same validators as the `eap/…` value rules).
 */
export function serverValidationGaps(settings: ServerValidationSettings, specs: SpecResolution): string[] {
  const gaps: string[] = [];
  const names = settings.serverNames;
  if (!names || !names.text.trimmed) gaps.push('`ServerNames` (the NPS server names as in their certificates, separated by `;`)');
  else if (!wellFormed(names, specs)) gaps.push('a well-formed `ServerNames` (names separated by `;`, no spaces)');
  const roots = settings.trustedRootCas;
  if (!roots.some((root) => root.text.trimmed)) gaps.push('`TrustedRootCA` (the SHA-1 thumbprint of the root CA of the NPS certificate)');
  else if (!roots.every((root) => wellFormed(root, specs))) gaps.push('a well-formed `TrustedRootCA` (every one a SHA-1 thumbprint)');
  return gaps;
}

/** The element's value passes its catalogue value checks (false when the catalogue does not describe it here). */
function wellFormed(element: XmlElement, specs: SpecResolution): boolean {
  const value = specs.specOf(element)?.value;
  return value !== undefined && validateValue(element.text.raw, value, { label: `<${element.localName}>` }).length === 0;
}

/** `TLSExtensions/FilteringInfo` of an EAP-TLS block. */
export function filteringInfo(tlsEapType: XmlElement): XmlElement | undefined {
  return childIn(childIn(tlsEapType, 'TLSExtensions', NS.tlsV2), 'FilteringInfo', NS.tlsV3);
}

/** `Enabled` attribute of CAHashList / ClientAuthEKUList / AnyPurposeEKUList; the schema default is false. */
export function listEnabled(list: XmlElement | undefined): boolean {
  const value = list?.attribute('Enabled')?.value?.trim().toLowerCase();
  return value === 'true' || value === '1';
}

export interface EkuDefinition {
  readonly name: string;
  readonly oid: string | undefined;
  readonly nameElement: XmlElement;
}

/** `EKUMapping/EKUMap` entries of a FilteringInfo. */
export function ekuDefinitions(filtering: XmlElement): EkuDefinition[] {
  const definitions: EkuDefinition[] = [];
  for (const map of childrenIn(childIn(filtering, 'EKUMapping', NS.tlsV3), 'EKUMap', NS.tlsV3)) {
    const nameElement = childIn(map, 'EKUName', NS.tlsV3);
    if (!nameElement || !nameElement.text.trimmed) continue;
    definitions.push({ name: nameElement.text.trimmed, oid: childIn(map, 'EKUOID', NS.tlsV3)?.text.trimmed || undefined, nameElement });
  }
  return definitions;
}

export interface EkuRequirement {
  readonly entry: XmlElement;
  readonly nameElement: XmlElement | undefined;
  readonly oidElement: XmlElement | undefined;
  /** The OID the entry stands for: its own EKUOID, else the OID its name maps to. */
  readonly resolvedOid: string | undefined;
}

/** `EKUMapInList` entries of a ClientAuthEKUList / AnyPurposeEKUList, with their OIDs resolved. */
export function ekuRequirements(list: XmlElement | undefined, definitions: readonly EkuDefinition[]): EkuRequirement[] {
  return childrenIn(list, 'EKUMapInList', NS.tlsV3).map((entry) => {
    const nameElement = childIn(entry, 'EKUName', NS.tlsV3);
    const oidElement = childIn(entry, 'EKUOID', NS.tlsV3);
    const name = nameElement?.text.trimmed;
    const ownOid = oidElement?.text.trimmed || undefined;
    return { entry, nameElement, oidElement, resolvedOid: ownOid ?? definitions.find((d) => d.name === name)?.oid };
  });
}

/** Every `FilteringInfo` of the EAP-TLS blocks (outer, or inside PEAP). */
export function filteringInfos(model: EapModel): XmlElement[] {
  const out: XmlElement[] = [];
  for (const methodBlock of methodBlocks(model)) {
    if (methodBlock.kind !== 'tls' || !methodBlock.eapType) continue;
    const filtering = filteringInfo(methodBlock.eapType);
    if (filtering) out.push(filtering);
  }
  return out;
}

export const EKU_LIST_NAMES = ['ClientAuthEKUList', 'AnyPurposeEKUList'] as const;
