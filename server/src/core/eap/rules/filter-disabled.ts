// Filter lists with entries whose Enabled attribute is missing or false: the entries are ignored.
import type { EapRule } from '../rule';
import type { TextEdit } from '../../types';
import type { XmlElement } from '../../xml/model';
import { EAP_DOCS } from '../catalogue';
import { childIn, childrenIn, filteringInfos, listEnabled } from '../methods';
import { NS } from '../namespaces';

const LISTS = [
  { list: 'CAHashList', entry: 'IssuerHash', what: 'issuer filter' },
  { list: 'ClientAuthEKUList', entry: 'EKUMapInList', what: 'Client Authentication EKU requirements' },
  { list: 'AnyPurposeEKUList', entry: 'EKUMapInList', what: 'Any Purpose EKU requirements' },
] as const;

function enableEdit(list: XmlElement): TextEdit {
  const attribute = list.attribute('Enabled');
  const range = attribute?.valueRange;
  if (range) return { range, newText: 'true' };
  return { range: { start: list.nameRange.end, end: list.nameRange.end }, newText: ' Enabled="true"' };
}

export const filterDisabledRule: EapRule = {
  id: 'eap/filter-disabled',
  defaultSeverity: 'information',
  title: 'Certificate filter entries are ignored because their list is not `Enabled="true"`',
  docUrl: EAP_DOCS.win32 + 'eaptlsconnectionpropertiesv3schema-ekulistparams-complextype',
  check({ eap, report }) {
    for (const filtering of filteringInfos(eap)) {
      for (const { list: listName, entry, what } of LISTS) {
        const list = childIn(filtering, listName, NS.tlsV3);
        if (!list || listEnabled(list) || childrenIn(list, entry, NS.tlsV3).length === 0) continue;
        const attribute = list.attribute('Enabled');
        report({
          range: attribute?.valueRange ?? list.nameRange,
          message: `\`<${listName}>\` lists ${what}, but ${attribute ? '`Enabled` is not `true`' : 'has no `Enabled` attribute (the default is `false`)'}, so Windows ignores them. Set \`Enabled="true"\` if the filter should apply.`,
          fixes: [{ title: 'Set `Enabled="true"`', edits: [enableEdit(list)], kind: 'suggestion' }],
        });
      }
    }
  },
};
