// What a rule is: a stable ID, a default severity, a one-line title, a documentation link and a check.
import type { Fix, RelatedLocation, Severity, TextRange } from '../types';
import type { ProfileModel } from '../profile/model';
import type { EapModel } from '../eap/model';

export type RuleArea = 'xml' | 'profile' | 'eap' | 'cert' | 'aovpn';

export interface RuleMeta {
  /** Stable kebab-case ID, e.g. `profile/device-tunnel-force-tunnel`. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** What the rule checks, in one line (shown in the rule reference and SARIF). */
  readonly title: string;
  /** Documentation of the fact the rule enforces (Microsoft documentation where one exists). */
  readonly docUrl: string;
}

export interface Report {
  readonly range: TextRange;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
  /** Overrides the default severity for this one finding (for example an escalation). */
  readonly severity?: Severity;
  readonly unnecessary?: boolean;
}

export interface Reporter {
  report(rule: RuleMeta, report: Report): void;
}

export interface ProfileRule extends RuleMeta {
  check(profile: ProfileModel, reporter: Reporter): void;
}

export interface EapRule extends RuleMeta {
  check(eap: EapModel, reporter: Reporter): void;
}

export type RuleSeveritySetting = Severity | 'off';

/**
 * The severity a finding of `rule` gets: the user's setting for the rule, else the severity the check reported,
 * else the rule's default. Undefined when the user turned the rule off.
 */
export function effectiveSeverity(
  rule: RuleMeta,
  settings: Readonly<Record<string, RuleSeveritySetting>> | undefined,
  reported?: Severity,
): Severity | undefined {
  const setting = settings?.[rule.id];
  if (setting === 'off') return undefined;
  return setting ?? reported ?? rule.defaultSeverity;
}

export function ruleArea(id: string): RuleArea {
  return id.slice(0, id.indexOf('/')) as RuleArea;
}

export const DOCS = {
  vpnv2Csp: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp',
  vpnProfileOptions: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-profile-options',
  vpnRouting: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-routing',
  deviceTunnel: 'https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config',
  eapConfiguration: 'https://learn.microsoft.com/windows/client-management/mdm/eap-configuration',
  eapHostSchema: 'https://learn.microsoft.com/windows/win32/eaphost/eaphostconfigschema-eaphostconfig-element',
  xml: 'https://www.w3.org/TR/xml/',
  xmlNamespaces: 'https://www.w3.org/TR/xml-names/',
} as const;
