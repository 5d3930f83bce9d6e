// Structure repair with schema knowledge, for documents being typed. When `<Route>` is typed and not yet closed,
// the XML parser (which knows no schema) nests everything up to `</VPNProfile>` inside it; the catalogue knows that
// `<NativeProfile>` cannot be a child of `<Route>` but can be one of `<VPNProfile>`, so such elements are moved
// back to where they belong. The unclosed element keeps its well-formedness error; the cascade of
// misplaced-element findings and missing-element findings on the parent does not happen.
import { XmlElement, type XmlNode } from '../xml/model';
import { childSpecFor, type Catalogue } from './catalogue';
import type { ElementSpec } from './types';

export function repairUnclosedElements(root: XmlElement, catalogue: Catalogue): void {
  if (root.localName !== catalogue.root.name) return;
  const stack: { element: XmlElement; spec: ElementSpec }[] = [{ element: root, spec: catalogue.root }];
  while (stack.length) {
    const { element, spec } = stack.pop()!;
    if (spec.embeds || spec.openContent) continue;
    // The children, with what is hoisted out of an unclosed child placed right after it (and itself examined
    // next). Rebuilt in one pass, and only once something is hoisted: splicing the parent's list for every hoist
    // was quadratic (50,000 nested unclosed <Route> took 21 s).
    const original = element.children;
    let children: XmlNode[] | undefined;
    let pending: { nodes: readonly XmlNode[]; next: number }[] | undefined;
    let i = 0;
    for (;;) {
      let child: XmlNode;
      if (pending?.length) {
        const top = pending[pending.length - 1];
        if (top.next >= top.nodes.length) {
          pending.pop();
          continue;
        }
        child = top.nodes[top.next++];
        children!.push(child);
      } else if (i < original.length) {
        child = original[i++];
        children?.push(child);
      } else break;
      if (!(child instanceof XmlElement)) continue;
      const childSpec = childSpecFor(spec, child)?.spec;
      if (!childSpec) continue;
      if (child.implicitlyClosed && !childSpec.embeds && !childSpec.openContent && !(childSpec.value?.kind === 'any')) {
        const moved = hoistMisnested(child, childSpec, element, spec);
        if (moved) {
          children ??= original.slice(0, i);
          (pending ??= []).push({ nodes: moved, next: 0 });
          // `<NativeProfile>` typed twice: the first, left empty, is a stray start tag, not an element the rules
          // should see (it would be reported as a duplicate lacking everything the second one has).
          if (isStrayShell(child, moved)) {
            children.pop();
            continue;
          }
        }
      }
      stack.push({ element: child, spec: childSpec });
    }
    if (children) element.children = children;
  }
}

/** Takes the children of `unclosed` that belong to its parent (from the first such one on) out of it. */
function hoistMisnested(unclosed: XmlElement, unclosedSpec: ElementSpec, parent: XmlElement, parentSpec: ElementSpec): XmlNode[] | undefined {
  const kids = unclosed.children;
  const cut = kids.findIndex((k) => k instanceof XmlElement && !childSpecFor(unclosedSpec, k) && childSpecFor(parentSpec, k) !== undefined);
  if (cut < 0) return undefined;
  const moved = kids.slice(cut);
  unclosed.children = kids.slice(0, cut);
  unclosed.hasChildElements = unclosed.children.some((k) => k instanceof XmlElement);
  unclosed.end = moved[0].start;
  for (const node of moved) if (node instanceof XmlElement) node.parent = parent;
  return moved;
}

/** An unclosed element with nothing in it but space, followed by an element of its own name: a stray start tag. */
function isStrayShell(unclosed: XmlElement, moved: readonly XmlNode[]): boolean {
  const next = moved[0];
  return next instanceof XmlElement && next.name === unclosed.name && unclosed.attributes.length === 0 && unclosed.children.every((k) => k.kind === 'text' && k.value.trim() === '');
}
