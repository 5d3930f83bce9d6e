// The XML namespaces of EapHostConfig and the Microsoft EAP method schemas. URIs compare as exact strings, so
// these are the only spellings Windows recognises (all `http://`, case as written here).
import type { TextRange } from '../types';
import type { XmlElement } from '../xml/model';
import { walkElements } from '../xml/query';
import { editDistance } from '../text/similarity';

const BASE = 'http://www.microsoft.com/provisioning/';

export const NS = {
  eapHostConfig: BASE + 'EapHostConfig',
  eapCommon: BASE + 'EapCommon',
  baseEap: BASE + 'BaseEapConnectionPropertiesV1',
  baseEapMethodConfig: BASE + 'BaseEapMethodConfig',
  tlsV1: BASE + 'EapTlsConnectionPropertiesV1',
  tlsV2: BASE + 'EapTlsConnectionPropertiesV2',
  tlsV3: BASE + 'EapTlsConnectionPropertiesV3',
  peapV1: BASE + 'MsPeapConnectionPropertiesV1',
  peapV2: BASE + 'MsPeapConnectionPropertiesV2',
  peapV3: BASE + 'MsPeapConnectionPropertiesV3',
  msChapV2: BASE + 'MsChapV2ConnectionPropertiesV1',
  ttls: BASE + 'EapTtlsConnectionPropertiesV1',
  teap: BASE + 'EapTeapConnectionPropertiesV1',
  sim: BASE + 'EapSimConnectionPropertiesV1',
  aka: BASE + 'EapAkaConnectionPropertiesV1',
  akaPrime: BASE + 'EapAkaPrimeConnectionPropertiesV1',
} as const;

/**
 * Every provisioning namespace Microsoft documents or Windows writes. The TTLS, TEAP, SIM, AKA and AKA'
 * schemas are not in our catalogue; their namespaces are listed so that they are not taken for typos.
 */
export const KNOWN_PROVISIONING_NAMESPACES: readonly string[] = Object.values(NS);

export const HTTPS_PROVISIONING_PREFIX = 'https://www.microsoft.com/provisioning/';

/** `http(s)://[www.]microsoft.com/provisioning/…` in any letter case: meant to be one of ours. */
export function looksLikeProvisioningNamespace(uri: string): boolean {
  return /^https?:\/\/(www\.)?microsoft\.com\/provisioning\//i.test(uri);
}

function normalised(uri: string): string {
  return uri.replace(/^https?:\/\/(www\.)?microsoft\.com\/provisioning\//i, BASE).toLowerCase();
}

/**
 * The known namespaces a misspelt one may have been meant to be (letter case, https, version, typo): every one at
 * the smallest edit distance, the nearest version of the same schema first (…V4 -> …V3, …V2, …V1).
 */
export function nearestKnownNamespaces(uri: string): string[] {
  const written = normalised(uri);
  const version = (s: string) => Number(/v(\d+)$/i.exec(s)?.[1] ?? NaN);
  const wanted = version(written);
  const scored: { known: string; distance: number; versionGap: number }[] = [];
  for (const known of KNOWN_PROVISIONING_NAMESPACES) {
    const candidate = known.toLowerCase();
    const limit = Math.max(2, Math.floor((candidate.length - BASE.length) / 3));
    const distance = editDistance(written, candidate, limit);
    if (distance > limit) continue;
    scored.push({ known, distance, versionGap: Number.isNaN(wanted) ? 0 : Math.abs(version(candidate) - wanted) || 0 });
  }
  const best = Math.min(...scored.map((s) => s.distance));
  return scored
    .filter((s) => s.distance === best)
    .sort((a, b) => a.versionGap - b.versionGap)
    .map((s) => s.known);
}

/** `uri` differs from the known namespace only where there is one reading: letter case, `https`, `www.`. */
export function differsOnlyInSpelling(uri: string, known: string): boolean {
  return normalised(uri) === known.toLowerCase();
}

export interface NamespaceDeclaration {
  readonly value: string;
  /** Range of the attribute value. */
  readonly range: TextRange;
  /** The element that carries the declaration. */
  readonly element: XmlElement;
  /** `xmlns` (the default namespace) rather than `xmlns:p`. */
  readonly isDefault: boolean;
}

/** Every namespace declaration (`xmlns` or `xmlns:p`) with a value, under and including `root`. */
export function* namespaceDeclarations(root: XmlElement): Iterable<NamespaceDeclaration> {
  for (const element of walkElements(root)) {
    for (const attribute of element.attributes) {
      if (attribute.name !== 'xmlns' && attribute.prefix !== 'xmlns') continue;
      const range = attribute.valueRange;
      if (attribute.value !== undefined && range) yield { value: attribute.value, range, element, isDefault: attribute.name === 'xmlns' };
    }
  }
}
