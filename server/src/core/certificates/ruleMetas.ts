// The metadata of every `cert/…` rule, without the certificate decoder: the rule registry (SARIF output,
// `aovpn rules`, settings) imports this module, so listing rules never loads @peculiar/x509.
import type { RuleMeta } from '../rules/rule';
import { CROSS_REFERENCE_RULES } from './crossReference';
import { CERT_DOCS } from './rule';
import { certificateRules } from './rules';

export const INVALID_PEM_BLOCK: RuleMeta = {
  id: 'cert/invalid-pem-block',
  defaultSeverity: 'error',
  title: 'A certificate PEM block cannot be decoded',
  docUrl: CERT_DOCS.pem,
};

export const PRIVATE_KEY_IN_FILE: RuleMeta = {
  id: 'cert/private-key-in-file',
  defaultSeverity: 'warning',
  title: 'The file contains a private key',
  docUrl: CERT_DOCS.pem,
};

export const PEM_RULES: readonly RuleMeta[] = [INVALID_PEM_BLOCK, PRIVATE_KEY_IN_FILE];

/** Every `cert/…` rule: the certificate rules, the PEM text rules and the cross-reference rules (for the rule reference and settings). */
export const certificateRuleMetas: readonly RuleMeta[] = [...certificateRules, ...PEM_RULES, ...CROSS_REFERENCE_RULES];
