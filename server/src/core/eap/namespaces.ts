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

export const PROVISIONING_PREFIX = BASE;
export const HTTPS_PROVISIONING_PREFIX = 'https://www.microsoft.com/provisioning/';

/** `http(s)://[www.]microsoft.com/provisioning/…` in any letter case: meant to be one of ours. */
export function looksLikeProvisioningNamespace(uri: string): boolean {
  return /^https?:\/\/(www\.)?microsoft\.com\/provisioning\//i.test(uri);
}

/** The known namespace a misspelt one was most likely meant to be (letter case, https, version, typo). */
export function nearestKnownNamespace(uri: string): string | undefined {
  const normalised = uri.replace(/^https?:\/\/(www\.)?microsoft\.com\/provisioning\//i, BASE).toLowerCase();
  const version = (s: string) => Number(/v(\d+)$/i.exec(s)?.[1] ?? NaN);
  const wanted = version(normalised);
  let best: { known: string; distance: number; versionGap: number } | undefined;
  for (const known of KNOWN_PROVISIONING_NAMESPACES) {
    const candidate = known.toLowerCase();
    const distance = editDistance(normalised, candidate, Math.max(2, Math.floor((candidate.length - BASE.length) / 3)));
    if (distance > Math.max(2, Math.floor((candidate.length - BASE.length) / 3))) continue;
    // Equally close candidates: prefer the nearest version of the same schema (…V4 -> …V3).
    const versionGap = Number.isNaN(wanted) ? 0 : Math.abs(version(candidate) - wanted) || 0;
    if (!best || distance < best.distance || (distance === best.distance && versionGap < best.versionGap)) best = { known, distance, versionGap };
  }
  return best?.known;
}

/** Every namespace declaration (`xmlns` or `xmlns:p`) with a value, under and including `root`. */
export function* namespaceDeclarations(root: XmlElement): Iterable<{ value: string; range: TextRange }> {
  for (const element of walkElements(root)) {
    for (const attribute of element.attributes) {
      if (attribute.name !== 'xmlns' && attribute.prefix !== 'xmlns') continue;
      const range = attribute.valueRange;
      if (attribute.value !== undefined && range) yield { value: attribute.value, range };
    }
  }
}
