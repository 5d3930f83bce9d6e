// AcceptServerName=true asks for the server name check, but ServerNames gives nothing to compare with.
import type { EapRule } from '../rule';
import { readBoolean } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { METHODS, methodBlocks, serverValidationSettings, valueRange } from '../methods';

export const acceptServerNameWithoutNamesRule: EapRule = {
  id: 'eap/accept-server-name-without-names',
  defaultSeverity: 'warning',
  title: 'Server name checking is on (`AcceptServerName` true) but `ServerNames` is empty',
  docUrl: EAP_DOCS.windows11Changes,
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      const settings = serverValidationSettings(block);
      const accept = settings?.acceptServerName;
      if (!settings || !accept || readBoolean(accept) !== true || !settings.validationOn) continue;
      if (settings.serverNames?.text.trimmed) continue;
      report({
        range: valueRange(accept),
        message:
          `${METHODS[settings.method].label} is told to check the NPS server name against \`ServerNames\`, but no name is listed. With name checking on, Windows 11 accepts the server only if its name matches the profile, so this can only fail or prompt the user. ` +
          'List the NPS server names exactly as in their certificates, separated by `;` (e.g. `nps1.corp.example.com;nps2.corp.example.com`).',
        related: settings.serverNames ? [{ range: settings.serverNames.nameRange, message: '`ServerNames` is empty' }] : undefined,
      });
    }
  },
};
