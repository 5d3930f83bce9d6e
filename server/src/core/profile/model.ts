// The facts profile rules ask about a ProfileXML, computed once per analysis.
import type { SpecResolution } from '../catalogue/catalogue';
import { matchEnum } from '../values/validate';
import type { XmlElement } from '../xml/model';
import { findAll, findPath, readBoolean } from '../xml/query';
import type { EapModel } from '../eap/model';
import type { DeploymentScope } from './deployment';

export interface ProfileModel {
  /** The VPNProfile element. */
  readonly root: XmlElement;
  /** The text the XML was parsed from (ranges index into it). */
  readonly text: string;
  readonly specs: SpecResolution;
  /** EapHostConfig blocks embedded under NativeProfile/Authentication/Eap/Configuration. */
  readonly eap: readonly EapModel[];
  /** First element at a path below VPNProfile, e.g. `NativeProfile/RoutingPolicyType`. */
  element(path: string): XmlElement | undefined;
  /** Every element at a path below VPNProfile, e.g. `Route` or `TrafficFilter/Protocol`. */
  elements(path: string): XmlElement[];
  /** Trimmed text of the first element at `path`. */
  value(path: string): string | undefined;
  /** xs:boolean value of the first element at `path`, read leniently. */
  flag(path: string): boolean | undefined;
  /**
   * The documented value an enum element names, matched as the catalogue matches it (a documented value or accepted
   * spelling, else the same letters in any case: `certificate` is `Certificate`); undefined when it names none.
   * Rules compare enum values through this, never by exact text, so that one rule of case holds everywhere.
   */
  enumValue(element: XmlElement | undefined): string | undefined;
  /** Where the document around the profile deploys it (a SyncML command, a WMI bridge script); undefined when it does not say. */
  readonly deployment: DeploymentScope | undefined;
  /** `DeviceTunnel` is true. */
  readonly isDeviceTunnel: boolean;
  /** NativeProfile/RoutingPolicyType, canonical spelling. */
  readonly routingPolicy: 'SplitTunnel' | 'ForceTunnel' | undefined;
  /** NativeProfile/NativeProtocolType, canonical spelling if it is a known value, else as written. */
  readonly nativeProtocol: string | undefined;
}

const ROUTING = [
  { value: 'SplitTunnel', summary: '' },
  { value: 'ForceTunnel', summary: '' },
];
const PROTOCOLS = ['PPTP', 'L2TP', 'IKEv2', 'Automatic', 'SSTP', 'ProtocolList'].map((value) => ({ value, summary: '' }));

export function createProfileModel(root: XmlElement, text: string, specs: SpecResolution, eap: EapModel[], deployment?: DeploymentScope): ProfileModel {
  const value = (path: string) => findPath(root, path)?.text.trimmed;
  const routing = value('NativeProfile/RoutingPolicyType');
  const protocol = value('NativeProfile/NativeProtocolType');
  return {
    root,
    text,
    specs,
    eap,
    element: (path) => findPath(root, path),
    elements: (path) => findAll(root, path),
    value,
    flag: (path) => readBoolean(findPath(root, path)),
    enumValue: (element) => {
      const spec = element && specs.specOf(element)?.value;
      if (!element || spec?.kind !== 'enum') return undefined;
      const text = element.text.trimmed;
      return (spec.values.find((v) => v.value === text || v.spellings?.includes(text)) ?? matchEnum(text, spec.values))?.value;
    },
    deployment,
    isDeviceTunnel: readBoolean(root.child('DeviceTunnel')) === true,
    routingPolicy: routing ? (matchEnum(routing, ROUTING)?.value as 'SplitTunnel' | 'ForceTunnel' | undefined) : undefined,
    nativeProtocol: protocol ? (matchEnum(protocol, PROTOCOLS)?.value ?? protocol) : undefined,
  };
}
