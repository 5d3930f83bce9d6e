// EKU references that disagree: an EKUMapInList whose own EKUOID differs from the OID its name maps to, an
// EKUMapInList with neither name nor OID, or one EKU name mapped to two different OIDs.
import type { EapRule } from '../rule';
import { EAP_DOCS } from '../catalogue';
import { childIn, ekuDefinitions, ekuRequirements, EKU_LIST_NAMES, filteringInfos } from '../methods';
import { NS } from '../namespaces';

export const ekuMapInListInconsistentRule: EapRule = {
  id: 'eap/eku-map-in-list-inconsistent',
  defaultSeverity: 'warning',
  title: 'EKU filter entries that contradict `EKUMapping` or are empty',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    for (const filtering of filteringInfos(eap)) {
      const definitions = ekuDefinitions(filtering);
      const seen = new Map<string, (typeof definitions)[number]>();
      for (const definition of definitions) {
        const first = seen.get(definition.name);
        if (first && first.oid !== definition.oid) {
          report({
            range: definition.nameElement.text.range,
            message: `The EKU name \`${definition.name}\` is defined twice, with \`${first.oid ?? '(no OID)'}\` and \`${definition.oid ?? '(no OID)'}\`; a list entry referring to it is ambiguous. Give each \`<EKUMap>\` its own name.`,
            related: [{ range: first.nameElement.text.range, message: 'first definition' }],
          });
        }
        if (!first) seen.set(definition.name, definition);
      }
      for (const listName of EKU_LIST_NAMES) {
        for (const requirement of ekuRequirements(childIn(filtering, listName, NS.tlsV3), definitions)) {
          const name = requirement.nameElement?.text.trimmed;
          const ownOid = requirement.oidElement?.text.trimmed;
          if (!name && !ownOid) {
            report({
              range: requirement.entry.nameRange,
              message: `This \`<EKUMapInList>\` in \`${listName}\` names no EKU: add the \`<EKUName>\` of an \`<EKUMap>\` from \`<EKUMapping>\`, or remove the entry.`,
            });
            continue;
          }
          const mapped = name ? definitions.find((d) => d.name === name) : undefined;
          if (mapped?.oid && ownOid && mapped.oid !== ownOid && requirement.oidElement) {
            report({
              range: requirement.oidElement.text.range,
              message: `\`${name}\` is mapped to \`${mapped.oid}\` in \`<EKUMapping>\`, but this entry gives \`${ownOid}\`. Keep one OID: Windows writes list entries with the name only.`,
              related: [{ range: mapped.nameElement.text.range, message: `\`${name}\` is defined here` }],
            });
          }
        }
      }
    }
  },
};
