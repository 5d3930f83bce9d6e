// Windows takes a certificate that satisfies at least one of the selected EKU conditions: Client Authentication plus
// every listed EKU, OR Any Purpose plus its listed EKUs, OR All Purpose ("EAP for network access", Configure
// Certificate Selection). Enabling the last two lets certificates without the required custom EKUs through.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { readBoolean } from '../../xml/query';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, CONDITIONAL_ACCESS_EKU_OID, ekuDefinitions, ekuRequirements, filteringInfos, listEnabled, type EkuRequirement } from '../methods';
import { NS } from '../namespaces';
import { valueRange } from '../../xml/edits';

const filtering = (allPurpose: string) =>
  `<FilteringInfo xmlns="${NS.tlsV3}">\n  <AllPurposeEnabled>${allPurpose}</AllPurposeEnabled>\n  <EKUMapping><EKUMap><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.15</EKUOID></EKUMap></EKUMapping>\n  <ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>ContosoVPN</EKUName></EKUMapInList></ClientAuthEKUList>\n</FilteringInfo>`;

function label(requirement: EkuRequirement): string {
  const text = requirement.nameElement?.text.trimmed || requirement.resolvedOid;
  return text ? codeSpan(text) : '(an unnamed EKU)';
}

export const ekuFilterBypassedRule: EapRule = {
  id: 'eap/eku-filter-bypassed',
  defaultSeverity: 'information',
  title: 'All Purpose or Any Purpose certificates are accepted without the custom EKUs that Client Authentication certificates must have',
  docUrl: SOURCES.networkAccess.url,
  fixKinds: [],
  docs: {
    rationale:
      'The EKU filter of EAP-TLS accepts a certificate that meets at least one of the selected conditions: the Client Authentication EKU together with every EKU listed in `ClientAuthEKUList`, the Any Purpose EKU together with the EKUs listed in `AnyPurposeEKUList`, or the All Purpose EKU. ' +
      'A custom EKU required in `ClientAuthEKUList` therefore does not narrow the choice when All Purpose is allowed or Any Purpose is allowed without the same EKU. ' +
      'With Microsoft Entra Conditional Access this lets Windows use a certificate that did not come from Entra ID, which Microsoft names as a cause of the "Oops, you can\'t get to this yet" loop. There is no fix: only you know whether the wider choice is intended.',
    wrong: eapDocument(tlsEapType({ filteringInfo: filtering('true') })),
    right: eapDocument(tlsEapType({ filteringInfo: filtering('false') })),
  },
  check({ eap, report }) {
    for (const filteringInfo of filteringInfos(eap)) {
      const definitions = ekuDefinitions(filteringInfo);
      const clientAuth = childIn(filteringInfo, 'ClientAuthEKUList', NS.tlsV3);
      if (!clientAuth || !listEnabled(clientAuth)) continue;
      const required = ekuRequirements(clientAuth, definitions);
      if (!required.length) continue;
      const conditionalAccess = required.some((r) => r.resolvedOid === CONDITIONAL_ACCESS_EKU_OID);
      const consequence = conditionalAccess
        ? ' With Entra Conditional Access this lets Windows pick a certificate that did not come from Entra ID, one of the causes Microsoft gives for the "Oops, you can\'t get to this yet" loop.'
        : '';
      const allPurpose = childIn(filteringInfo, 'AllPurposeEnabled', NS.tlsV3);
      if (allPurpose && readBoolean(allPurpose) === true) {
        report({
          range: valueRange(allPurpose),
          severity: conditionalAccess ? 'warning' : undefined,
          message: `All Purpose certificates are accepted as an alternative, without the EKUs that \`ClientAuthEKUList\` requires (${required.map(label).join(', ')}).${consequence} Set \`AllPurposeEnabled\` to \`false\` unless that is intended.`,
          related: [{ range: clientAuth.nameRange, message: 'required EKUs' }],
        });
      }
      const anyPurpose = childIn(filteringInfo, 'AnyPurposeEKUList', NS.tlsV3);
      if (anyPurpose && listEnabled(anyPurpose)) {
        const anyOids = new Set(ekuRequirements(anyPurpose, definitions).map((r) => r.resolvedOid));
        const missing = required.filter((r) => !r.resolvedOid || !anyOids.has(r.resolvedOid));
        if (missing.length) {
          report({
            range: anyPurpose.attribute('Enabled')?.valueRange ?? anyPurpose.nameRange,
            severity: conditionalAccess ? 'warning' : undefined,
            message: `Any Purpose certificates are accepted as an alternative, without ${missing.map(label).join(', ')} that \`ClientAuthEKUList\` requires.${consequence} Require the same EKUs in \`AnyPurposeEKUList\` or disable it.`,
            related: [{ range: clientAuth.nameRange, message: 'required EKUs' }],
          });
        }
      }
    }
  },
};
