// EnableQuarantineChecks turns on Network Access Protection, which no longer exists.
import type { EapRule } from '../rule';
import { readBoolean } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { childIn, methodBlocks, replaceValueEdit, valueRange } from '../methods';
import { NS } from '../namespaces';

export const quarantineChecksRule: EapRule = {
  id: 'eap/quarantine-checks',
  defaultSeverity: 'information',
  title: '`EnableQuarantineChecks` requests Network Access Protection, which Windows no longer provides',
  docUrl: EAP_DOCS.win32 + 'implementing-nap-for-eap-methods',
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      if (block.kind !== 'peap' || !block.eapType) continue;
      const element = childIn(block.eapType, 'EnableQuarantineChecks', NS.peapV1);
      if (!element || readBoolean(element) !== true) continue;
      report({
        range: valueRange(element),
        message:
          'NAP health checks are requested, but the Network Access Protection platform is not available from Windows 10 on and NPS no longer includes it (deprecated in Windows Server 2012 R2, removed in 2016). Set it to `false` as Windows exports it.',
        fixes: [{ title: 'Set `EnableQuarantineChecks` to `false`', edits: [replaceValueEdit(element, 'false')], kind: 'safe' }],
      });
    }
  },
};
