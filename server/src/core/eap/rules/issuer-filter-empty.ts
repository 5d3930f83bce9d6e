// CAHashList Enabled="true" with no IssuerHash: issuer filtering is on but lists no issuer.
import type { EapRule } from '../rule';
import { EAP_DOCS } from '../catalogue';
import { childIn, childrenIn, filteringInfos, listEnabled } from '../methods';
import { NS } from '../namespaces';

export const issuerFilterEmptyRule: EapRule = {
  id: 'eap/issuer-filter-empty',
  defaultSeverity: 'warning',
  title: 'Certificate issuer filtering is enabled (`CAHashList Enabled="true"`) but lists no `IssuerHash`',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    for (const filtering of filteringInfos(eap)) {
      const list = childIn(filtering, 'CAHashList', NS.tlsV3);
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
