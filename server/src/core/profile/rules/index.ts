// PLACEHOLDER until the profile rules land.
import type { ProfileRule } from '../../rules/rule';

export const profileRules: readonly ProfileRule[] = [];
