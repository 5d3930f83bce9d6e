// DisableUserPromptForServerValidation=false lets users accept an unknown server or CA themselves.
import type { EapRule } from '../rule';
import { readBoolean } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { METHODS, methodBlocks, replaceValueEdit, serverValidationSettings, valueRange } from '../methods';

export const serverValidationPromptRule: EapRule = {
  id: 'eap/server-validation-prompt',
  defaultSeverity: 'warning',
  title: 'Users may authorise unknown NPS servers or root CAs themselves (`DisableUserPromptForServerValidation` is false)',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      const settings = serverValidationSettings(block);
      const element = settings?.disablePrompt;
      if (!settings || !element || readBoolean(element) !== false) continue;
      report({
        range: valueRange(element),
        message:
          `${METHODS[settings.method].label} lets the user accept a server that fails validation: with \`false\`, a server whose certificate does not match \`ServerNames\`/\`TrustedRootCA\` brings up "Continue connecting? We don't have enough info to validate the server" instead of failing. ` +
          'Someone impersonating the NPS server only needs that click to capture the user\'s authentication. Set it to `true` ("Don\'t prompt user to authorize new servers or trusted CAs"), as Microsoft recommends, once `ServerNames` and `TrustedRootCA` are right.',
        fixes: [{ title: 'Set `DisableUserPromptForServerValidation` to `true`', edits: [replaceValueEdit(element, 'true')], kind: 'safe' }],
      });
    }
  },
};
