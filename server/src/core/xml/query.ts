// Small helpers to walk the XML model by local-name paths such as `NativeProfile/Authentication/UserMethod`.
import { XmlElement, type XmlNode } from './model';

/** Paths as lists of names: the paths are written in the code, and split once each (rules look them up per keystroke). */
const SPLIT_PATHS = new Map<string, readonly string[]>();

function pathNames(path: string): readonly string[] {
  let names = SPLIT_PATHS.get(path);
  if (!names) {
    names = path.split('/');
    // Bounded, should a path ever come from a document.
    if (SPLIT_PATHS.size < 1000) SPLIT_PATHS.set(path, names);
  }
  return names;
}

/** First element reached by following `path` (local names separated by `/`) from `from`. */
export function findPath(from: XmlElement, path: string): XmlElement | undefined {
  let current: XmlElement | undefined = from;
  for (const name of pathNames(path)) {
    current = current.child(name);
    if (!current) return undefined;
  }
  return current;
}

/** Every element matching `path` from `from` (all branches, e.g. every `Route/Address`). */
export function findAll(from: XmlElement, path: string): XmlElement[] {
  let level: XmlElement[] = [from];
  for (const name of pathNames(path)) {
    const next: XmlElement[] = [];
    for (const element of level) next.push(...element.childrenNamed(name));
    level = next;
  }
  return level;
}

/** Reads an xs:boolean the lenient way Windows does (case-insensitive `true`/`false`, `1`/`0`). */
export function readBoolean(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const text = element.text.trimmed.toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

/**
 * Every element under (and including) `root`, depth first in document order. A list rather than a generator: the
 * rules walk the tree on every keystroke, and a generator allocates a result for each element.
 */
export function walkElements(root: XmlElement): readonly XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const element = stack.pop()!;
    out.push(element);
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child instanceof XmlElement) stack.push(child);
    }
  }
  return out;
}

/** The innermost node whose range contains `offset` (elements, then their text/comment/CDATA children). */
export function nodeAt(nodes: readonly XmlNode[], offset: number): XmlNode | undefined {
  for (const node of nodes) {
    if (offset < node.start || offset > node.end) continue;
    if (node instanceof XmlElement) {
      if (offset > node.start && offset < node.startTagEnd) return node;
      return nodeAt(node.children, offset) ?? node;
    }
    return node;
  }
  return undefined;
}

/** The innermost element containing `offset`. */
export function elementAt(nodes: readonly XmlNode[], offset: number): XmlElement | undefined {
  let found: XmlElement | undefined;
  let level = nodes;
  for (;;) {
    // Nodes are in document order and do not overlap, so only the last node starting at or before `offset` and
    // the one before it (an unclosed element ending exactly there) can contain it: a binary search instead of a
    // scan of 100,000 siblings on every hover and completion.
    const last = lastStartingAtOrBefore(level, offset);
    let next: XmlElement | undefined;
    for (let i = Math.max(0, last - 1); i <= last; i++) {
      const node = level[i];
      if (node instanceof XmlElement && offset >= node.start && (offset < node.end || (offset === node.end && !node.closed))) {
        next = node;
        break;
      }
    }
    if (!next) return found;
    found = next;
    level = next.children;
  }
}

/** Index of the last node whose start is at or before `offset` (-1 when none). */
function lastStartingAtOrBefore(nodes: readonly XmlNode[], offset: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nodes[mid].start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
