// Filter lists with entries whose Enabled attribute is missing or false: the schema default is false, and a list
// that is not enabled does not filter (EKUListParams / CAHashListParams complex types).
import { SOURCES } from '../../sources';
import type { TextEdit } from '../../types';
import type { XmlElement } from '../../xml/model';
import { eapDocument, ROOT_THUMBPRINT, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, childrenIn, filteringInfos, listEnabled } from '../methods';
import { NS } from '../namespaces';

const LISTS = [
  { list: 'CAHashList', entry: 'IssuerHash', what: 'issuer filter' },
  { list: 'ClientAuthEKUList', entry: 'EKUMapInList', what: 'Client Authentication EKU requirements' },
  { list: 'AnyPurposeEKUList', entry: 'EKUMapInList', what: 'Any Purpose EKU requirements' },
] as const;

function enableEdit(list: XmlElement): TextEdit {
  const range = list.attribute('Enabled')?.valueRange;
  if (range) return { range, newText: 'true' };
  return { range: { start: list.nameRange.end, end: list.nameRange.end }, newText: ' Enabled="true"' };
}

const filtering = (content: string) => `<FilteringInfo xmlns="${NS.tlsV3}">${content}</FilteringInfo>`;

export const filterDisabledRule: EapRule = {
  id: 'eap/filter-disabled',
  defaultSeverity: 'information',
  title: 'Certificate filter entries are ignored because their list is not `Enabled="true"`',
  docUrl: SOURCES.eapTlsEkuListParams.url,
  // Switching a filter on changes which client certificates qualify: a person decides.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      'The certificate filters of EAP-TLS (`CAHashList` for issuers, `ClientAuthEKUList` and `AnyPurposeEKUList` for EKUs) apply only when their `Enabled` attribute is `true`; the schema default is `false`. ' +
      'A list with entries but without `Enabled="true"` looks like a filter and filters nothing. ' +
      'The fix sets `Enabled="true"`; since that changes which certificates Windows may choose, it is a suggestion.',
    wrong: eapDocument(tlsEapType({ filteringInfo: filtering(`<CAHashList><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`) })),
    right: eapDocument(tlsEapType({ filteringInfo: filtering(`<CAHashList Enabled="true"><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`) })),
  },
  check({ eap, report }) {
    for (const filteringInfo of filteringInfos(eap)) {
      for (const { list: listName, entry, what } of LISTS) {
        const list = childIn(filteringInfo, listName, NS.tlsV3);
        if (!list || listEnabled(list) || childrenIn(list, entry, NS.tlsV3).length === 0) continue;
        const attribute = list.attribute('Enabled');
        report({
          range: attribute?.valueRange ?? list.nameRange,
          message: `\`<${listName}>\` lists ${what}, but ${attribute ? '`Enabled` is not `true`' : 'has no `Enabled` attribute (the default is `false`)'}, so Windows ignores them. Set \`Enabled="true"\` if the filter should apply.`,
          fixes: [{ title: 'Set Enabled="true"', edits: [enableEdit(list)], kind: 'suggestion' }],
        });
      }
    }
  },
};
