// PerformServerValidation=false: the client does not check the NPS server certificate at all.
import type { EapRule } from '../rule';
import type { TextRange } from '../../types';
import type { XmlAttribute } from '../../xml/model';
import { readBoolean } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { METHODS, methodBlocks, replaceValueEdit, serverValidationSettings, valueRange } from '../methods';

export const serverValidationDisabledRule: EapRule = {
  id: 'eap/server-validation-disabled',
  defaultSeverity: 'warning',
  title: 'The client does not validate the NPS server certificate (`PerformServerValidation` is false)',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      const settings = serverValidationSettings(block);
      if (!settings) continue;
      const label = METHODS[settings.method].label;
      const message =
        `${label} does not verify the NPS server's identity ("Verify the server's identity by validating the certificate" is off), so it cannot tell your NPS server from an impostor; Microsoft warns that this exposes users to severe security risks. ` +
        'Set it to `true` and name the NPS servers (`ServerNames`) and their root CA (`TrustedRootCA`).';
      const element = settings.performServerValidation;
      if (element && readBoolean(element) === false) {
        report({ range: valueRange(element), message, fixes: [{ title: 'Set `PerformServerValidation` to `true`', edits: [replaceValueEdit(element, 'true')], kind: 'safe' }] });
      }
      const attribute: XmlAttribute | undefined = settings.method === 'peap' ? settings.serverValidation?.attribute('PerformServerValidation') : undefined;
      const range: TextRange | undefined = attribute?.valueRange;
      if (attribute?.value !== undefined && range && ['false', '0'].includes(attribute.value.trim().toLowerCase())) {
        report({ range, message, fixes: [{ title: 'Set `PerformServerValidation` to `true`', edits: [{ range, newText: 'true' }], kind: 'safe' }] });
      }
    }
  },
};
