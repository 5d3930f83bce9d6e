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

interface ChildIndex {
  readonly byName: ReadonlyMap<string, readonly ChildSpec[]>;
  /** Position of each child spec in the parent's schema sequence. */
  readonly position: ReadonlyMap<ElementSpec, number>;
  readonly byspec: ReadonlyMap<ElementSpec, ChildSpec>;
}

const CHILD_INDEXES = new WeakMap<ElementSpec, ChildIndex>();

/** Lookup tables for a spec's children, built once per spec (checks run on every keystroke). */
export function childIndex(parentSpec: ElementSpec): ChildIndex {
  let index = CHILD_INDEXES.get(parentSpec);
  if (!index) {
    const byName = new Map<string, ChildSpec[]>();
    const position = new Map<ElementSpec, number>();
    const byspec = new Map<ElementSpec, ChildSpec>();
    (parentSpec.children ?? []).forEach((child, i) => {
      const list = byName.get(child.spec.name) ?? [];
      list.push(child);
      byName.set(child.spec.name, list);
      if (!position.has(child.spec)) position.set(child.spec, i);
      if (!byspec.has(child.spec)) byspec.set(child.spec, child);
    });
    index = { byName, position, byspec };
    CHILD_INDEXES.set(parentSpec, index);
  }
  return index;
}

/** The child spec for `element` under `parent`'s spec, matching local name and namespace. */
export function childSpecFor(parentSpec: ElementSpec, element: XmlElement): ChildSpec | undefined {
  const candidates = childIndex(parentSpec).byName.get(element.localName);
  if (!candidates) return undefined;
  for (const child of candidates) if (namespaceMatches(child.spec, element)) return child;
  return undefined;
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
  // Each element records the resolution that matched it (see XmlElement.resolvedBy). A tree resolved before (not
  // done by the analysis, which parses afresh) gets a Map, so that the earlier resolution keeps its answers.
  const token = {};
  const fresh = root.resolvedBy === undefined;
  const specs = fresh ? undefined : new Map<XmlElement, ElementSpec>();
  const assign = (element: XmlElement, spec: ElementSpec): void => {
    if (specs) specs.set(element, spec);
    else {
      element.resolvedBy = token;
      element.resolvedSpec = spec;
    }
  };
  const specOf = specs ? (element: XmlElement) => specs.get(element) : (element: XmlElement) => (element.resolvedBy === token ? (element.resolvedSpec as ElementSpec) : undefined);
  const embedded: { host: XmlElement; element: XmlElement }[] = [];
  if (root.localName === catalogue.root.name) assign(root, catalogue.root);
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const element = stack.pop()!;
    const spec = specOf(element);
    if (!spec) continue;
    for (const child of element.children) {
      if (child.kind !== 'element') continue;
      if (spec.embeds) {
        embedded.push({ host: element, element: child });
        continue;
      }
      const childSpec = childSpecFor(spec, child);
      if (childSpec) {
        assign(child, childSpec.spec);
        stack.push(child);
      }
    }
  }
  return { specOf, embedded };
}
