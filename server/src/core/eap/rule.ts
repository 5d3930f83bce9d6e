// The context an EAP XML rule's check receives.
import type { Rule, RuleContext } from '../rules/rule';
import type { EapModel } from './model';

export interface EapRuleContext extends RuleContext {
  readonly eap: EapModel;
}

export type EapRule = Rule<EapRuleContext>;
