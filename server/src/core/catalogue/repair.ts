// Structure repair with schema knowledge, for documents being typed. When `<Route>` is typed and not yet closed,
// the XML parser (which knows no schema) nests everything up to `</VPNProfile>` inside it; the catalogue knows that
// `<NativeProfile>` cannot be a child of `<Route>` but can be one of `<VPNProfile>`, so such elements are moved
// back to where they belong. The unclosed element keeps its well-formedness error; the cascade of
// misplaced-element findings and missing-element findings on the parent does not happen.
import { XmlElement } from '../xml/model';
import { childSpecFor, type Catalogue } from './catalogue';
import type { ElementSpec } from './types';

export function repairUnclosedElements(root: XmlElement, catalogue: Catalogue): void {
  if (root.localName !== catalogue.root.name) return;
  const stack: { element: XmlElement; spec: ElementSpec }[] = [{ element: root, spec: catalogue.root }];
  while (stack.length) {
    const { element, spec } = stack.pop()!;
    if (spec.embeds || spec.openContent) continue;
    for (let i = 0; i < element.children.length; i++) {
      const child = element.children[i];
      if (!(child instanceof XmlElement)) continue;
      const childSpec = childSpecFor(spec, child)?.spec;
      if (!childSpec) continue;
      if (child.implicitlyClosed && !childSpec.embeds && !childSpec.openContent && !(childSpec.value?.kind === 'any')) hoistMisnested(child, childSpec, element, spec, i);
      stack.push({ element: child, spec: childSpec });
    }
  }
}

function hoistMisnested(unclosed: XmlElement, unclosedSpec: ElementSpec, parent: XmlElement, parentSpec: ElementSpec, index: number): void {
  const kids = unclosed.children;
  const cut = kids.findIndex((k) => k instanceof XmlElement && !childSpecFor(unclosedSpec, k) && childSpecFor(parentSpec, k) !== undefined);
  if (cut < 0) return;
  const moved = kids.slice(cut);
  unclosed.children = kids.slice(0, cut);
  unclosed.hasChildElements = unclosed.children.some((k) => k instanceof XmlElement);
  unclosed.end = moved[0].start;
  for (const node of moved) if (node instanceof XmlElement) node.parent = parent;
  parent.children = [...parent.children.slice(0, index + 1), ...moved, ...parent.children.slice(index + 1)];
}
