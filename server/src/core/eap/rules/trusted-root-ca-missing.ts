// Server validation without a TrustedRootCA thumbprint: Windows 11 no longer falls back to "any trusted root".
import type { EapRule } from '../rule';
import { EAP_DOCS } from '../catalogue';
import { METHODS, methodBlocks, serverValidationSettings } from '../methods';

export const trustedRootCaMissingRule: EapRule = {
  id: 'eap/trusted-root-ca-missing',
  defaultSeverity: 'warning',
  title: 'Server validation is on but no `TrustedRootCA` thumbprint names the root CA of the NPS certificate',
  docUrl: EAP_DOCS.windows11Changes,
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      const settings = serverValidationSettings(block);
      if (!settings || !settings.validationOn) continue;
      if (settings.trustedRootCas.some((element) => element.text.trimmed !== '')) continue;
      const at = settings.serverValidation ?? settings.eapType;
      report({
        range: at.nameRange,
        message:
          `${METHODS[settings.method].label} validates the NPS server certificate but lists no \`TrustedRootCA\`. Windows 11 accepts the server only when the thumbprint of its root CA is in the profile, so the connection fails (or, with prompting allowed, asks the user); Windows 10 could accept any trusted root. ` +
          'Add `<TrustedRootCA>` with the SHA-1 thumbprint of the root CA that issued the NPS certificate (lowercase hex pairs separated by spaces, as Windows exports it).',
      });
    }
  },
};
