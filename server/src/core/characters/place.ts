// Where an offset of an XML text lies: in a name, an attribute value, an element's text, between elements, in a
// comment, outside the root… The character checks decide what a character means (and how to repair it) by where it
// is. Lookups descend from the top-level nodes by binary search, so each costs the depth of the tree.
import { XmlElement, type XmlAttribute, type XmlDocument, type XmlNode } from '../xml/model';

export type CharacterPlace =
  /** Before or after the root element (the parser reports any text there). */
  | { readonly kind: 'outside' }
  | { readonly kind: 'comment' }
  /** A processing instruction (the XML declaration included) or a DOCTYPE. */
  | { readonly kind: 'markup' }
  /** Inside a start or end tag, but not in a name or an attribute value (the parser reports what is unexpected there). */
  | { readonly kind: 'tag'; readonly element: XmlElement }
  /** In an element's name (start or end tag). */
  | { readonly kind: 'elementName'; readonly element: XmlElement }
  | { readonly kind: 'attributeName'; readonly element: XmlElement; readonly attribute: XmlAttribute }
  | { readonly kind: 'attributeValue'; readonly element: XmlElement; readonly attribute: XmlAttribute }
  /** In the text (or CDATA) of an element that holds no elements: its value. */
  | { readonly kind: 'value'; readonly element: XmlElement }
  /** In text between the child elements of an element that holds elements. */
  | { readonly kind: 'between'; readonly element: XmlElement };

function contains(start: number, end: number, offset: number): boolean {
  return offset >= start && offset < end;
}

/** The node among `nodes` (in document order) whose range contains `offset`. */
function nodeContaining(nodes: readonly XmlNode[], offset: number): XmlNode | undefined {
  let low = 0;
  let high = nodes.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const node = nodes[mid];
    if (offset < node.start) high = mid - 1;
    else if (offset >= node.end) low = mid + 1;
    else return node;
  }
  return undefined;
}

export function placeOf(xml: XmlDocument, offset: number): CharacterPlace {
  const top = nodeContaining(xml.children, offset);
  if (!top) return { kind: 'outside' };
  if (top.kind === 'comment') return { kind: 'comment' };
  if (top.kind !== 'element') return top.kind === 'text' || top.kind === 'cdata' ? { kind: 'outside' } : { kind: 'markup' };
  let element: XmlElement = top;
  for (;;) {
    if (offset < element.startTagEnd || element.startTagEnd < 0) return inStartTag(element, offset);
    const close = element.closeTag;
    if (close && offset >= close.start) {
      const name = close.nameRange;
      return contains(name.start, name.end, offset) ? { kind: 'elementName', element } : { kind: 'tag', element };
    }
    const child = nodeContaining(element.children, offset);
    if (child instanceof XmlElement) {
      element = child;
      continue;
    }
    if (child?.kind === 'comment') return { kind: 'comment' };
    if (child?.kind === 'pi' || child?.kind === 'doctype') return { kind: 'markup' };
    // Text, CDATA, or whitespace the parser did not keep between child elements.
    return element.hasChildElements ? { kind: 'between', element } : { kind: 'value', element };
  }
}

function inStartTag(element: XmlElement, offset: number): CharacterPlace {
  const name = element.nameRange;
  if (contains(name.start, name.end, offset)) return { kind: 'elementName', element };
  for (const attribute of element.attributes) {
    const attributeName = attribute.nameRange;
    if (contains(attributeName.start, attributeName.end, offset)) return { kind: 'attributeName', element, attribute };
    const value = attribute.valueRange;
    if (value && contains(value.start, value.end, offset)) return { kind: 'attributeValue', element, attribute };
  }
  return { kind: 'tag', element };
}
