// The facts EAP rules ask about an EapHostConfig, whether it is a file of its own or embedded in ProfileXML.
import type { SpecResolution } from '../catalogue/catalogue';
import type { XmlElement } from '../xml/model';
import { findPath, readBoolean } from '../xml/query';

/**
 * What an embedded EapHostConfig knows of the ProfileXML around it: a plain description read from the profile's
 * XML before either model is built, so that the EAP family does not depend on the profile model.
 */
export interface HostProfile {
  /** The ProfileXML `Configuration` element that holds the EapHostConfig. */
  readonly configuration: XmlElement;
  /** The profile's `DeviceCompliance/Enabled`, when it has one. */
  readonly deviceComplianceEnabled: XmlElement | undefined;
  /** `DeviceCompliance/Enabled` is true: the profile uses Microsoft Entra Conditional Access. */
  readonly conditionalAccess: boolean;
}

/** Describes the profile rooted at `profileRoot` for the EapHostConfig inside `configuration`. */
export function describeHostProfile(profileRoot: XmlElement, configuration: XmlElement): HostProfile {
  const deviceComplianceEnabled = findPath(profileRoot, 'DeviceCompliance/Enabled');
  return { configuration, deviceComplianceEnabled, conditionalAccess: readBoolean(deviceComplianceEnabled) === true };
}

export interface EapModel {
  /** The EapHostConfig element. */
  readonly root: XmlElement;
  /** The text the XML was parsed from (ranges index into it). */
  readonly text: string;
  readonly specs: SpecResolution;
  /** The ProfileXML that embeds this block; undefined for a standalone EAP file. */
  readonly host: HostProfile | undefined;
  /** First element at a local-name path below EapHostConfig, e.g. `EapMethod/Type`. */
  element(path: string): XmlElement | undefined;
  /** EapMethod/Type as a number, when it is one. */
  readonly methodType: number | undefined;
}

export function createEapModel(root: XmlElement, text: string, specs: SpecResolution, host?: HostProfile): EapModel {
  const typeText = findPath(root, 'EapMethod/Type')?.text.trimmed;
  return {
    root,
    text,
    specs,
    host,
    element: (path) => findPath(root, path),
    methodType: typeText && /^\d+$/.test(typeText) ? Number(typeText) : undefined,
  };
}
