// EKU references that disagree: an EKUMapInList whose own EKUOID differs from the OID its name maps to, an
// EKUMapInList with neither name nor OID, or one EKU name mapped to two different OIDs (the EKU filter settings are
// described on the "EAP for network access" page).
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, ekuDefinitions, ekuRequirements, EKU_LIST_NAMES, filteringInfos } from '../methods';
import { NS } from '../namespaces';

const MAP = '<EKUMap><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.15</EKUOID></EKUMap>';
const filtering = (entries: string) => `<FilteringInfo xmlns="${NS.tlsV3}">\n  <EKUMapping>${MAP}</EKUMapping>\n  <ClientAuthEKUList Enabled="true">${entries}</ClientAuthEKUList>\n</FilteringInfo>`;

export const ekuMapInListInconsistentRule: EapRule = {
  id: 'eap/eku-map-in-list-inconsistent',
  defaultSeverity: 'warning',
  title: 'EKU filter entries that contradict `EKUMapping` or are empty',
  docUrl: SOURCES.networkAccess.url,
  fixKinds: [],
  docs: {
    rationale:
      '`EKUMapping` gives each custom EKU a name and an OID; the filter lists (`ClientAuthEKUList`, `AnyPurposeEKUList`) then refer to EKUs by that name. ' +
      'An entry that also gives its own OID, different from the one its name maps to, a name mapped to two OIDs, or an entry with neither name nor OID leaves it unclear which EKU the filter requires. ' +
      "Which OID is right only you know, so there is no fix; Microsoft's examples refer to list entries by name only.",
    wrong: eapDocument(tlsEapType({ filteringInfo: filtering('<EKUMapInList><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.16</EKUOID></EKUMapInList>') })),
    right: eapDocument(tlsEapType({ filteringInfo: filtering('<EKUMapInList><EKUName>ContosoVPN</EKUName></EKUMapInList>') })),
  },
  check({ eap, report }) {
    for (const filteringInfo of filteringInfos(eap)) {
      const definitions = ekuDefinitions(filteringInfo);
      const seen = new Map<string, (typeof definitions)[number]>();
      for (const definition of definitions) {
        const first = seen.get(definition.name);
        if (first && first.oid !== definition.oid) {
          report({
            range: definition.nameElement.text.range,
            message: `The EKU name ${codeSpan(definition.name)} is defined twice, with ${first.oid ? codeSpan(first.oid) : '(no OID)'} and ${definition.oid ? codeSpan(definition.oid) : '(no OID)'}; a list entry referring to it is ambiguous. Give each \`<EKUMap>\` its own name.`,
            related: [{ range: first.nameElement.text.range, message: 'first definition' }],
          });
        }
        if (!first) seen.set(definition.name, definition);
      }
      for (const listName of EKU_LIST_NAMES) {
        for (const requirement of ekuRequirements(childIn(filteringInfo, listName, NS.tlsV3), definitions)) {
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
          if (name && mapped?.oid && ownOid && mapped.oid !== ownOid && requirement.oidElement) {
            report({
              range: requirement.oidElement.text.range,
              message: `${codeSpan(name)} is mapped to ${codeSpan(mapped.oid)} in \`<EKUMapping>\`, but this entry gives ${codeSpan(ownOid)}. Keep one OID: Microsoft's examples refer to list entries by name only.`,
              related: [{ range: mapped.nameElement.text.range, message: `${codeSpan(name)} is defined here` }],
            });
          }
        }
      }
    }
  },
};
