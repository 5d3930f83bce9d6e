// No ServerNames (and no name check): any certificate from an accepted root CA is taken for the NPS server.
import type { EapRule } from '../rule';
import { readBoolean } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { METHODS, methodBlocks, serverValidationSettings } from '../methods';

export const noServerNamesRule: EapRule = {
  id: 'eap/no-server-names',
  defaultSeverity: 'information',
  title: 'No NPS server names are configured, so any server certificate from an accepted root CA is trusted',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      const settings = serverValidationSettings(block);
      if (!settings || !settings.validationOn || settings.serverNames?.text.trimmed) continue;
      if (readBoolean(settings.acceptServerName) === true) continue; // eap/accept-server-name-without-names
      const at = settings.serverNames ?? settings.serverValidation ?? settings.eapType;
      report({
        range: at.nameRange,
        message:
          `${METHODS[settings.method].label} names no NPS server ("Connect to these servers" is empty): the client only checks that the server certificate chains to an accepted root CA, so any server certificate that CA issued is trusted. ` +
          'List the NPS server names in `ServerNames` (`;`-separated, exactly as in the certificates) and set `AcceptServerName` to `true`.',
      });
    }
  },
};
