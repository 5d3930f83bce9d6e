// EKUMapInList/EKUName must name an EKU defined in EKUMapping/EKUMap: the name stands for the OID its EKUMap gives
// (Microsoft's own certificate-filtering sample on the "EAP configuration" page references `Example1`, whose
// EKUMap is commented out).
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { closestMatch } from '../../text/similarity';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, childrenIn, ekuDefinitions, EKU_LIST_NAMES, filteringInfos } from '../methods';
import { NS } from '../namespaces';

const filtering = (listed: string) =>
  `<FilteringInfo xmlns="${NS.tlsV3}">\n  <EKUMapping><EKUMap><EKUName>ContosoVPN</EKUName><EKUOID>1.3.6.1.4.1.311.42.1.15</EKUOID></EKUMap></EKUMapping>\n  <ClientAuthEKUList Enabled="true"><EKUMapInList><EKUName>${listed}</EKUName></EKUMapInList></ClientAuthEKUList>\n</FilteringInfo>`;

export const ekuNameUndefinedRule: EapRule = {
  id: 'eap/eku-name-undefined',
  defaultSeverity: 'error',
  title: 'An `EKUMapInList` refers to an EKU name that `EKUMapping` does not define',
  docUrl: SOURCES.eapConfiguration.url,
  // Picking the EKU a certificate must carry changes certificate selection: a person decides.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'The EKU filters of EAP-TLS (`ClientAuthEKUList`, `AnyPurposeEKUList`) list EKUs by name; each name stands for the OID that an `EKUMap` in `EKUMapping` gives it. ' +
      "A name that no `EKUMap` defines leaves the filter with an EKU it cannot resolve. Microsoft's own certificate-filtering sample makes this mistake (`Example1`, whose `EKUMap` is commented out). " +
      'When a defined name is close (a typo, letter case), the fix offers it; it changes which certificates qualify, so it is a suggestion.',
    wrong: eapDocument(tlsEapType({ filteringInfo: filtering('Example1') })),
    right: eapDocument(tlsEapType({ filteringInfo: filtering('ContosoVPN') })),
  },
  check({ eap, report }) {
    for (const filteringInfo of filteringInfos(eap)) {
      const definitions = ekuDefinitions(filteringInfo);
      const names = definitions.map((d) => d.name);
      const mapping = childIn(filteringInfo, 'EKUMapping', NS.tlsV3);
      for (const listName of EKU_LIST_NAMES) {
        for (const entry of childrenIn(childIn(filteringInfo, listName, NS.tlsV3), 'EKUMapInList', NS.tlsV3)) {
          const nameElement = childIn(entry, 'EKUName', NS.tlsV3);
          const name = nameElement?.text.trimmed;
          if (!nameElement || !name || names.includes(name)) continue;
          if (childIn(entry, 'EKUOID', NS.tlsV3)?.text.trimmed) continue; // the entry carries its own OID
          const caseOnly = names.find((n) => n.toLowerCase() === name.toLowerCase());
          const suggestion = caseOnly ?? closestMatch(name, names);
          report({
            range: nameElement.text.range,
            severity: caseOnly ? 'warning' : undefined,
            message: caseOnly
              ? `${codeSpan(name)} differs only in letter case from the EKU defined as ${codeSpan(caseOnly)} in \`<EKUMapping>\`; write the name exactly as defined.`
              : `\`${listName}\` requires the EKU ${codeSpan(name)}, but \`<EKUMapping>\` defines no \`<EKUMap>\` with that \`<EKUName>\`, so Windows cannot tell which OID it stands for. ` +
                (names.length ? `Defined names: ${names.map((n) => codeSpan(n)).join(', ')}. ` : '') +
                'Add an `<EKUMap>` with this `<EKUName>` and its `<EKUOID>`, or remove this `<EKUMapInList>`.',
            related: mapping ? [{ range: mapping.nameRange, message: 'EKU names are defined here' }] : undefined,
            fixes: suggestion ? [{ title: `Change to ${suggestion}`, edits: [{ range: nameElement.text.range, newText: suggestion }], kind: 'suggestion' }] : undefined,
          });
        }
      }
    }
  },
};
