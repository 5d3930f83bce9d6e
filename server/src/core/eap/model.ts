// The facts EAP rules ask about an EapHostConfig, whether it is a file of its own or embedded in ProfileXML.
import type { SpecResolution } from '../catalogue/catalogue';
import type { XmlElement } from '../xml/model';
import { findPath } from '../xml/query';
import type { ProfileModel } from '../profile/model';

export interface EapModel {
  /** The EapHostConfig element. */
  readonly root: XmlElement;
  /** The text the XML was parsed from (ranges index into it). */
  readonly text: string;
  readonly specs: SpecResolution;
  /** The `Configuration` element of the ProfileXML that embeds this block, if any. */
  readonly host: XmlElement | undefined;
  /** Set once the enclosing profile model exists (embedded blocks only). */
  readonly profile: () => ProfileModel | undefined;
  /** First element at a local-name path below EapHostConfig, e.g. `EapMethod/Type`. */
  element(path: string): XmlElement | undefined;
  /** EapMethod/Type as a number, when it is one. */
  readonly methodType: number | undefined;
}

export function createEapModel(
  root: XmlElement,
  text: string,
  specs: SpecResolution,
  host: XmlElement | undefined,
  profile: () => ProfileModel | undefined,
): EapModel {
  const typeText = findPath(root, 'EapMethod/Type')?.text.trimmed;
  return {
    root,
    text,
    specs,
    host,
    profile,
    element: (path) => findPath(root, path),
    methodType: typeText && /^\d+$/.test(typeText) ? Number(typeText) : undefined,
  };
}
