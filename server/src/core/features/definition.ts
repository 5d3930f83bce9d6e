// Go to definition: from an EKU name in an EAP-TLS filter list (`EKUMapInList/EKUName`) to the `EKUMap` that defines
// it in the same `FilteringInfo`, and from a certificate thumbprint to the workspace files holding that certificate.
import type { Analysis } from '../analysis';
import type { ResolvedThumbprint } from '../certificates/crossReference';
import { childIn, childrenIn, ekuDefinitions, EKU_LIST_NAMES, filteringInfos } from '../eap/methods';
import { NS } from '../eap/namespaces';
import type { TextRange } from '../types';
import { unitAt } from './units';

/** A target in the same document (document offsets). */
export interface DefinitionLink {
  /** What the cursor is on (the link's origin). */
  readonly origin: TextRange;
  /** The whole defining element. */
  readonly target: TextRange;
  /** The part to select in it (the defined name). */
  readonly selection: TextRange;
}

/** The `EKUMap` entries defining the EKU name under `offset`; empty when the cursor is not on such a name. */
export function ekuDefinitionAt(analysis: Analysis, offset: number): DefinitionLink[] {
  const position = unitAt(analysis, offset);
  const eap = position?.unit.eap;
  if (!position || !eap) return [];
  const map = position.unit.map;
  const toDocument = (r: TextRange): TextRange => ({ start: map.toOriginal(r.start), end: map.toOriginal(r.end) });
  const local = position.offset;
  for (const filteringInfo of filteringInfos(eap)) {
    for (const listName of EKU_LIST_NAMES) {
      for (const entry of childrenIn(childIn(filteringInfo, listName, NS.tlsV3), 'EKUMapInList', NS.tlsV3)) {
        const nameElement = childIn(entry, 'EKUName', NS.tlsV3);
        const name = nameElement?.text.trimmed;
        if (!nameElement || !name) continue;
        const range = nameElement.text.range;
        if (local < range.start || local > range.end) continue;
        return ekuDefinitions(filteringInfo)
          .filter((definition) => definition.name === name)
          .map((definition) => ({
            origin: toDocument(range),
            target: toDocument((definition.nameElement.parent ?? definition.nameElement).range),
            selection: toDocument(definition.nameElement.text.range),
          }));
      }
    }
  }
  return [];
}

/** The workspace files holding the certificate whose thumbprint is under `offset` (each file once). */
export function thumbprintDefinitionAt(thumbprints: readonly ResolvedThumbprint[], offset: number): { origin: TextRange; uris: string[] } | undefined {
  const resolved = thumbprints.find((t) => offset >= t.reference.range.start && offset <= t.reference.range.end);
  if (!resolved || !resolved.matches.length) return undefined;
  return { origin: resolved.reference.range, uris: [...new Set(resolved.matches.map((match) => match.uri))] };
}
