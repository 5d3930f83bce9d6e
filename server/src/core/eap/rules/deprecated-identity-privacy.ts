// EapType/IdentityPrivacy (PEAP V1) is deprecated; [MS-GPWL] 2.2.3.2.x: when PeapExtensions exists, this
// IdentityPrivacy is ignored and the IdentityPrivacy of PeapExtensions must be used instead.
import { SOURCES } from '../../sources';
import { eapDocument, peapEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, methodBlocks } from '../methods';
import { NS } from '../namespaces';

const OLD_PLACE = '<IdentityPrivacy>\n  <EnableIdentityPrivacy>true</EnableIdentityPrivacy>\n  <AnonymousUserName>anonymous</AnonymousUserName>\n</IdentityPrivacy>';
const NEW_PLACE = `<IdentityPrivacy xmlns="${NS.peapV2}">\n  <EnableIdentityPrivacy>true</EnableIdentityPrivacy>\n  <AnonymousUserName>anonymous</AnonymousUserName>\n</IdentityPrivacy>`;

export const deprecatedIdentityPrivacyRule: EapRule = {
  id: 'eap/deprecated-identity-privacy',
  defaultSeverity: 'information',
  title: 'PEAP identity privacy in the deprecated place (`EapType/IdentityPrivacy` instead of `PeapExtensions/IdentityPrivacy`)',
  docUrl: SOURCES.peapProperties.url,
  fixKinds: [],
  docs: {
    rationale:
      'PEAP identity privacy (an anonymous outer identity) was first configured by an `IdentityPrivacy` element directly in the PEAP `EapType`. ' +
      "Microsoft's protocol documentation marks that place as deprecated: when `PeapExtensions` is present, that element is ignored and the `IdentityPrivacy` inside `PeapExtensions` (namespace `…/MsPeapConnectionPropertiesV2`) must be used. " +
      'With `PeapExtensions` present the finding is a warning, since the setting has no effect. Moving it restructures the configuration, so there is no automatic fix.',
    wrong: eapDocument(peapEapType({ beforeFastReconnect: OLD_PLACE }), { methodType: 25 }),
    right: eapDocument(peapEapType({ extensionsExtra: NEW_PLACE }), { methodType: 25 }),
  },
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
          ? `This \`IdentityPrivacy\` is ignored because the configuration has \`PeapExtensions\`: move it into \`PeapExtensions\` as \`<IdentityPrivacy xmlns="${NS.peapV2}">\`.`
          : 'PEAP identity privacy belongs in `PeapExtensions/IdentityPrivacy` (namespace `…/MsPeapConnectionPropertiesV2`); this older place is deprecated.',
        related: extensions ? [{ range: extensions.nameRange, message: '`PeapExtensions` is present' }] : undefined,
      });
    }
  },
};
