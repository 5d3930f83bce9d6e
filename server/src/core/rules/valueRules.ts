// Rule metadata for value problems (core/values). One implementation serves ProfileXML and EAP XML; each area
// gets its own rule IDs (`profile/invalid-boolean`, `eap/invalid-boolean`) so users can tune them separately.
import type { Severity } from '../types';
import type { ValueProblemKind } from '../values/validate';
import { DOCS, type RuleMeta } from './rule';
import type { CatalogueArea } from '../catalogue/catalogue';

const VALUE_RULES: Record<ValueProblemKind, { severity: Severity; title: string }> = {
  'invalid-boolean': { severity: 'error', title: 'A boolean element holds something other than true or false' },
  'boolean-case': { severity: 'warning', title: 'A boolean is not written in lowercase' },
  'lowercase-true-required': { severity: 'error', title: 'AlwaysOn and RememberCredentials must be exactly lowercase `true`' },
  'invalid-enum-value': { severity: 'error', title: 'A value is not one of the allowed values' },
  'enum-case': { severity: 'hint', title: 'A value differs from its documented spelling only in case' },
  'invalid-integer': { severity: 'error', title: 'A number element does not hold a whole number' },
  'integer-out-of-range': { severity: 'error', title: 'A number is outside its allowed range' },
  'empty-value': { severity: 'warning', title: 'An element that needs a value is empty' },
  'invalid-dns-name': { severity: 'error', title: 'A DNS name is malformed (empty label, bad characters, too long)' },
  'invalid-ip-address': { severity: 'error', title: 'An IP address is malformed' },
  'invalid-port-range': { severity: 'error', title: 'A port or port range is malformed' },
  'invalid-address-range': { severity: 'error', title: 'An address, prefix or address range is malformed' },
  'list-spacing': { severity: 'warning', title: 'A separated list contains spaces' },
  'list-separator': { severity: 'warning', title: 'A list uses the wrong separator' },
  'empty-list-item': { severity: 'warning', title: 'A list has an empty entry' },
  'invalid-thumbprint': { severity: 'error', title: 'A certificate thumbprint is malformed' },
  'thumbprint-format': { severity: 'information', title: 'A thumbprint uses unusual separators' },
  'invalid-oid': { severity: 'error', title: 'An object identifier (OID) is malformed' },
  'invalid-url': { severity: 'warning', title: 'A URL is malformed' },
  'invalid-host-port': { severity: 'warning', title: 'A proxy server is not in host:port form' },
  'invalid-app-id': { severity: 'warning', title: 'An app identifier is neither a package family name, a path nor SYSTEM' },
  'invalid-sddl': { severity: 'warning', title: 'A claim is not an SDDL string' },
  'server-names-separator': { severity: 'warning', title: 'EAP ServerNames must be separated by `;` without spaces' },
  'unexpected-content': { severity: 'error', title: 'An element that must be empty has content' },
};

export const VALUE_PROBLEM_KINDS = Object.keys(VALUE_RULES) as ValueProblemKind[];

const metaCache = new Map<string, RuleMeta>();

export function valueRuleMeta(area: CatalogueArea, kind: ValueProblemKind): RuleMeta {
  const id = `${area}/${kind}`;
  let meta = metaCache.get(id);
  if (!meta) {
    const entry = VALUE_RULES[kind];
    meta = { id, defaultSeverity: entry.severity, title: entry.title, docUrl: area === 'profile' ? DOCS.vpnv2Csp : DOCS.eapConfiguration };
    metaCache.set(id, meta);
  }
  return meta;
}

/** Kinds that only one catalogue can produce. */
const ONLY_IN: Partial<Record<ValueProblemKind, CatalogueArea>> = {
  'lowercase-true-required': 'profile',
  'server-names-separator': 'eap',
};

export function allValueRuleMetas(): RuleMeta[] {
  return (['profile', 'eap'] as const).flatMap((area) =>
    VALUE_PROBLEM_KINDS.filter((kind) => (ONLY_IN[kind] ?? area) === area).map((kind) => valueRuleMeta(area, kind)),
  );
}
