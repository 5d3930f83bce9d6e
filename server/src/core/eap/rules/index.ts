// PLACEHOLDER until the EAP rules land.
import type { EapRule } from '../../rules/rule';

export const eapRules: readonly EapRule[] = [];
