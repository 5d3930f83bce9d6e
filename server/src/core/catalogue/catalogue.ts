// A catalogue is a tree of ElementSpecs plus an index by name; resolving maps each XML element to its spec.
import type { XmlElement } from '../xml/model';
import type { ChildSpec, ElementSpec } from './types';

export type CatalogueArea = 'profile' | 'eap';

export interface SpecPlacement {
  readonly spec: ElementSpec;
  /** Undefined for the root. */
  readonly parent: ElementSpec | undefined;
}

export interface Catalogue {
  readonly area: CatalogueArea;
  readonly root: ElementSpec;
  /** Every spec reachable from the root, by local name, with the parent it sits under. */
  readonly byName: ReadonlyMap<string, readonly SpecPlacement[]>;
}

export function buildCatalogue(area: CatalogueArea, root: ElementSpec): Catalogue {
  const byName = new Map<string, SpecPlacement[]>();
  const visited = new Set<ElementSpec>();
  const visit = (spec: ElementSpec, parent: ElementSpec | undefined) => {
    const list = byName.get(spec.name) ?? [];
    if (!list.some((p) => p.spec === spec && p.parent === parent)) list.push({ spec, parent });
    byName.set(spec.name, list);
    if (visited.has(spec)) return;
    visited.add(spec);
    for (const child of spec.children ?? []) visit(child.spec, spec);
  };
  visit(root, undefined);
  return { area, root, byName };
}

/**
 * Namespace URIs compare as exact strings. Some Microsoft pages print `https://www.microsoft.com/provisioning/…`,
 * which is a different (unknown) namespace; resolution still treats it as the intended one so that a single
 * finding reports it instead of a cascade of unknown elements.
 */
export function intendedNamespace(uri: string): string {
  return uri.startsWith('https://www.microsoft.com/provisioning/') ? 'http://' + uri.slice('https://'.length) : uri;
}

export function namespaceMatches(spec: ElementSpec, element: XmlElement): boolean {
  return spec.namespace === undefined || spec.namespace === intendedNamespace(element.namespaceUri);
}

/** The child spec for `element` under `parent`'s spec, matching local name and namespace. */
export function childSpecFor(parentSpec: ElementSpec, element: XmlElement): ChildSpec | undefined {
  return parentSpec.children?.find((child) => child.spec.name === element.localName && namespaceMatches(child.spec, element));
}

/** Children with the right local name but the wrong namespace (for a precise message). */
export function childSpecIgnoringNamespace(parentSpec: ElementSpec, element: XmlElement): ChildSpec | undefined {
  return parentSpec.children?.find((c) => c.spec.name === element.localName);
}

export interface SpecResolution {
  specOf(element: XmlElement): ElementSpec | undefined;
  /** Elements whose spec embeds another catalogue (EapHostConfig under Eap/Configuration). */
  readonly embedded: readonly { host: XmlElement; element: XmlElement }[];
}

/** Maps every element under `root` to its spec; unknown elements (and everything below them) get none. */
export function resolveSpecs(root: XmlElement, catalogue: Catalogue): SpecResolution {
  const specs = new Map<XmlElement, ElementSpec>();
  const embedded: { host: XmlElement; element: XmlElement }[] = [];
  if (root.localName === catalogue.root.name) specs.set(root, catalogue.root);
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const element = stack.pop()!;
    const spec = specs.get(element);
    if (!spec) continue;
    for (const child of element.children) {
      if (child.kind !== 'element') continue;
      if (spec.embeds) {
        embedded.push({ host: element, element: child });
        continue;
      }
      const childSpec = childSpecFor(spec, child);
      if (childSpec) {
        specs.set(child, childSpec.spec);
        stack.push(child);
      }
    }
  }
  return { specOf: (element) => specs.get(element), embedded };
}
