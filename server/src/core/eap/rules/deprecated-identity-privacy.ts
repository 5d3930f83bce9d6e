// EapType/IdentityPrivacy (PEAP V1) is deprecated; with PeapExtensions present Windows ignores it.
import type { EapRule } from '../rule';
import { EAP_DOCS } from '../catalogue';
import { childIn, methodBlocks } from '../methods';
import { NS } from '../namespaces';

export const deprecatedIdentityPrivacyRule: EapRule = {
  id: 'eap/deprecated-identity-privacy',
  defaultSeverity: 'information',
  title: 'PEAP identity privacy in the deprecated place (`EapType/IdentityPrivacy` instead of `PeapExtensions/IdentityPrivacy`)',
  docUrl: EAP_DOCS.peapProperties,
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      if (block.kind !== 'peap' || !block.eapType) continue;
      const deprecated = childIn(block.eapType, 'IdentityPrivacy', NS.peapV1);
      if (!deprecated) continue;
      const extensions = childIn(block.eapType, 'PeapExtensions', NS.peapV1);
      report({
        range: deprecated.nameRange,
        severity: extensions ? 'warning' : undefined,
        message: extensions
          ? 'This `IdentityPrivacy` is ignored because the configuration has `PeapExtensions`: move it into `PeapExtensions` as `<IdentityPrivacy xmlns="http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV2">`.'
          : 'PEAP identity privacy belongs in `PeapExtensions/IdentityPrivacy` (namespace `…/MsPeapConnectionPropertiesV2`); this older place is deprecated.',
        related: extensions ? [{ range: extensions.nameRange, message: '`PeapExtensions` is present' }] : undefined,
      });
    }
  },
};
