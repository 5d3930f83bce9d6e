// Rules about the analysis itself rather than about Always On VPN (no external documentation: docUrl is empty).
import type { RuleMeta } from './rule';

export const SIZE_LIMIT_RULE: RuleMeta = {
  id: 'aovpn/size-limit',
  defaultSeverity: 'information',
  title: 'The document is larger than the analysis limit, so part of the analysis was skipped',
  docUrl: '',
};

export const INTERNAL_ERROR_RULE: RuleMeta = {
  id: 'aovpn/internal-error',
  defaultSeverity: 'warning',
  title: 'A rule failed with an internal error (the other rules still ran)',
  docUrl: '',
};

export const FINDING_LIMIT_RULE: RuleMeta = {
  id: 'aovpn/finding-limit',
  defaultSeverity: 'information',
  title: 'A rule found more problems in one document than are listed',
  docUrl: '',
};
