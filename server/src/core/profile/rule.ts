// The context a ProfileXML rule's check receives.
import type { Reporter, Rule, RuleContext } from '../rules/rule';
import type { WindowsVersion } from '../windows/versions';
import type { ProfileModel } from './model';

export interface ProfileRuleContext extends RuleContext {
  readonly profile: ProfileModel;
  /**
   * Reports under a catalogue rule (unknown, missing or duplicate element, a value problem) for content the
   * catalogue cannot describe by itself, so such findings carry the same IDs as the catalogue's own.
   */
  readonly catalogue: Reporter;
  /** The oldest Windows the profile must apply on, when the user set one (`aovpn.targetWindows`, `--target-windows`). */
  readonly target?: WindowsVersion;
}

export type ProfileRule = Rule<ProfileRuleContext>;
