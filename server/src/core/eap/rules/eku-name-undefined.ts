// EKUMapInList/EKUName must name an EKU defined in EKUMapping/EKUMap (Microsoft's own certificate-filtering
// sample references `Example1`, whose EKUMap is commented out).
import type { EapRule } from '../rule';
import { closestMatch } from '../../text/similarity';
import { EAP_DOCS } from '../catalogue';
import { childIn, childrenIn, ekuDefinitions, EKU_LIST_NAMES, filteringInfos } from '../methods';
import { NS } from '../namespaces';

export const ekuNameUndefinedRule: EapRule = {
  id: 'eap/eku-name-undefined',
  defaultSeverity: 'error',
  title: 'An `EKUMapInList` refers to an EKU name that `EKUMapping` does not define',
  docUrl: EAP_DOCS.eapConfiguration,
  check({ eap, report }) {
    for (const filtering of filteringInfos(eap)) {
      const definitions = ekuDefinitions(filtering);
      const names = definitions.map((d) => d.name);
      const mapping = childIn(filtering, 'EKUMapping', NS.tlsV3);
      for (const listName of EKU_LIST_NAMES) {
        for (const entry of childrenIn(childIn(filtering, listName, NS.tlsV3), 'EKUMapInList', NS.tlsV3)) {
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
              ? `\`${name}\` differs only in letter case from the EKU defined as \`${caseOnly}\` in \`<EKUMapping>\`; write the name exactly as defined.`
              : `\`${listName}\` requires the EKU \`${name}\`, but \`<EKUMapping>\` defines no \`<EKUMap>\` with that \`<EKUName>\`, so Windows cannot tell which OID it stands for. ` +
                (names.length ? `Defined names: ${names.map((n) => `\`${n}\``).join(', ')}. ` : '') +
                `Add an \`<EKUMap>\` with \`<EKUName>${name}</EKUName>\` and its \`<EKUOID>\`, or remove this \`<EKUMapInList>\`.`,
            related: mapping ? [{ range: mapping.nameRange, message: 'EKU names are defined here' }] : undefined,
            fixes: suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ range: nameElement.text.range, newText: suggestion }], kind: 'safe' }] : undefined,
          });
        }
      }
    }
  },
};
