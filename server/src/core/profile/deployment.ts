// Where a profile is deployed, when the document around it says so: the OMA-URI of the SyncML command that carries
// it (`./User/Vendor/MSFT/VPNv2/…` or `./Device/…`), or the WMI bridge context of the script that creates it
// (Microsoft's MakeProfile.ps1 sets `PolicyPlatform_UserContext` to write a user's profile). A profile on its own
// says nothing about its scope, and then nothing is guessed.
import { codeSpan } from '../text/markdown';
import type { TextRange } from '../types';
import type { XmlElement } from '../xml/model';
import { findPath } from '../xml/query';

export interface DeploymentScope {
  readonly scope: 'user' | 'device';
  /** What shows the scope: the OMA-URI, or the WMI bridge option, as written. */
  readonly evidence: string;
  readonly via: 'syncml' | 'wmi-bridge';
  /** The evidence's range in the profile's own text, when it lies there (a SyncML command with the profile unescaped). */
  readonly range?: TextRange;
}

/**
 * The scope of the SyncML command whose `<Item>` holds `element` (the profile root, or the `<Data>` that holds it
 * as text): from `Target/LocURI`. `sameText`: the LocURI is in the profile's own text, so its range is usable.
 */
export function syncmlDeployment(element: XmlElement, sameText: boolean): DeploymentScope | undefined {
  let item: XmlElement | undefined = element;
  while (item && item.localName !== 'Item') item = item.parent;
  const locUri = item && findPath(item, 'Target/LocURI');
  const uri = locUri?.text.trimmed;
  const scope = uri === undefined ? undefined : /^\.\/User\//i.test(uri) ? 'user' : /^\.\/Device\//i.test(uri) ? 'device' : undefined;
  if (!scope || !locUri || uri === undefined) return undefined;
  return { scope, evidence: uri, via: 'syncml', range: sameText ? locUri.text.range : undefined };
}

const USER_CONTEXT = 'PolicyPlatform_UserContext';

/**
 * The scope a WMI bridge script creates its profiles in: a user's when it sets the user context option, the way
 * Microsoft's MakeProfile.ps1 does for a user tunnel. Without it the script runs in the context it is started in,
 * which the script does not show: undefined.
 */
export function scriptDeployment(script: string): DeploymentScope | undefined {
  return script.includes(USER_CONTEXT) && /MDM_VPNv2_01/i.test(script) ? { scope: 'user', evidence: USER_CONTEXT, via: 'wmi-bridge' } : undefined;
}

/** How the document shows the user scope, for a message: "this command targets `./User/…`". */
export function scopeEvidence(deployment: DeploymentScope): string {
  return deployment.via === 'syncml'
    ? `this SyncML command targets ${codeSpan(deployment.evidence)}`
    : `this script creates the profile in a user's context through the WMI bridge (${codeSpan(deployment.evidence)}), that is under \`./User/Vendor/MSFT/VPNv2\``;
}
