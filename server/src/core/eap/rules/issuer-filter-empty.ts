// CAHashList Enabled="true" with no IssuerHash: issuer filtering is on but lists no issuer. Microsoft documents that
// only certificates from a listed issuer qualify, and not what an empty list does.
import { SOURCES } from '../../sources';
import { eapDocument, ROOT_THUMBPRINT, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, childrenIn, filteringInfos, listEnabled } from '../methods';
import { NS } from '../namespaces';

const filtering = (content: string) => `<FilteringInfo xmlns="${NS.tlsV3}">${content}</FilteringInfo>`;

export const issuerFilterEmptyRule: EapRule = {
  id: 'eap/issuer-filter-empty',
  defaultSeverity: 'warning',
  title: 'Certificate issuer filtering is enabled (`CAHashList Enabled="true"`) but lists no `IssuerHash`',
  docUrl: SOURCES.networkAccess.url,
  fixKinds: [],
  docs: {
    rationale:
      '`CAHashList Enabled="true"` is the "Certificate Issuer" filter: only client certificates issued by one of the CAs whose thumbprints are listed as `IssuerHash` qualify. ' +
      'With the filter on and no issuer listed, Microsoft does not document the outcome: either no certificate qualifies or the filter is skipped, and neither is what switching it on meant. ' +
      'Add the thumbprint of the CA that issues the VPN user certificates, or switch the filter off; only you know the CA, so there is no fix.',
    wrong: eapDocument(tlsEapType({ filteringInfo: filtering('<CAHashList Enabled="true"></CAHashList>') })),
    right: eapDocument(tlsEapType({ filteringInfo: filtering(`<CAHashList Enabled="true"><IssuerHash>${ROOT_THUMBPRINT}</IssuerHash></CAHashList>`) })),
  },
  check({ eap, report }) {
    for (const filteringInfo of filteringInfos(eap)) {
      const list = childIn(filteringInfo, 'CAHashList', NS.tlsV3);
      if (!list || !listEnabled(list)) continue;
      if (childrenIn(list, 'IssuerHash', NS.tlsV3).some((hash) => hash.text.trimmed !== '')) continue;
      report({
        range: list.attribute('Enabled')?.valueRange ?? list.nameRange,
        message:
          'Issuer filtering is switched on but no issuer is listed; Microsoft does not document what Windows then does (no certificate qualifies, or the filter is skipped), and neither is what you want. Add an `<IssuerHash>` with the SHA-1 thumbprint of the CA that issues the VPN user certificates, or set `Enabled="false"`.',
      });
    }
  },
};
