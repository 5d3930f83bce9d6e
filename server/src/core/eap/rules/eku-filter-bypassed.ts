// Windows takes a certificate that has Client Authentication plus every listed EKU, OR Any Purpose (plus its
// listed EKUs), OR All Purpose. Enabling the last two lets certificates without the required custom EKUs through.
import type { EapRule } from '../rule';
import { readBoolean } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { childIn, CONDITIONAL_ACCESS_EKU_OID, ekuDefinitions, ekuRequirements, filteringInfos, listEnabled, valueRange } from '../methods';
import { NS } from '../namespaces';

export const ekuFilterBypassedRule: EapRule = {
  id: 'eap/eku-filter-bypassed',
  defaultSeverity: 'information',
  title: 'All Purpose or Any Purpose certificates are accepted without the custom EKUs that Client Authentication certificates must have',
  docUrl: EAP_DOCS.eapConfiguration,
  check({ eap, report }) {
    for (const filtering of filteringInfos(eap)) {
      const definitions = ekuDefinitions(filtering);
      const clientAuth = childIn(filtering, 'ClientAuthEKUList', NS.tlsV3);
      if (!clientAuth || !listEnabled(clientAuth)) continue;
      const required = ekuRequirements(clientAuth, definitions);
      if (!required.length) continue;
      const requiredLabel = required.map((r) => `\`${r.nameElement?.text.trimmed || r.resolvedOid || '?'}\``).join(', ');
      const conditionalAccess = required.some((r) => r.resolvedOid === CONDITIONAL_ACCESS_EKU_OID);
      const consequence = conditionalAccess
        ? ' With Entra Conditional Access this lets Windows pick a certificate that did not come from Entra ID, which leads to the "Oops, you can\'t get to this yet" loop.'
        : '';
      const allPurpose = childIn(filtering, 'AllPurposeEnabled', NS.tlsV3);
      if (allPurpose && readBoolean(allPurpose) === true) {
        report({
          range: valueRange(allPurpose),
          severity: conditionalAccess ? 'warning' : undefined,
          message: `All Purpose certificates are accepted as an alternative, without the EKUs that \`ClientAuthEKUList\` requires (${requiredLabel}).${consequence} Set \`AllPurposeEnabled\` to \`false\` unless that is intended.`,
          related: [{ range: clientAuth.nameRange, message: 'required EKUs' }],
        });
      }
      const anyPurpose = childIn(filtering, 'AnyPurposeEKUList', NS.tlsV3);
      if (anyPurpose && listEnabled(anyPurpose)) {
        const anyOids = new Set(ekuRequirements(anyPurpose, definitions).map((r) => r.resolvedOid));
        const missing = required.filter((r) => !r.resolvedOid || !anyOids.has(r.resolvedOid));
        if (missing.length) {
          report({
            range: anyPurpose.attribute('Enabled')?.valueRange ?? anyPurpose.nameRange,
            severity: conditionalAccess ? 'warning' : undefined,
            message: `Any Purpose certificates are accepted as an alternative, without ${missing.map((r) => `\`${r.nameElement?.text.trimmed || r.resolvedOid || '?'}\``).join(', ')} that \`ClientAuthEKUList\` requires.${consequence} Require the same EKUs in \`AnyPurposeEKUList\` or disable it.`,
            related: [{ range: clientAuth.nameRange, message: 'required EKUs' }],
          });
        }
      }
    }
  },
};
