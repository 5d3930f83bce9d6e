// EnableQuarantineChecks turns on Network Access Protection health checks: "NAP is deprecated in Windows Server
// 2012 R2 and isn't included in Windows Server 2016 or later" (Implementing NAP for EAP methods), and the NAP
// platform is not available starting with Windows 10 (NAP reference).
import { SOURCES } from '../../sources';
import { readBoolean } from '../../xml/query';
import { eapDocument, peapEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, methodBlocks } from '../methods';
import { NS } from '../namespaces';
import { replaceValue, valueRange } from '../../xml/edits';

export const quarantineChecksRule: EapRule = {
  id: 'eap/quarantine-checks',
  defaultSeverity: 'information',
  title: '`EnableQuarantineChecks` requests Network Access Protection, which Windows no longer provides',
  docUrl: SOURCES.napForEap.url,
  // What Windows 10 and later do with `true` is not documented: changing an authentication setting is a person's call.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      '`EnableQuarantineChecks` asks PEAP to take part in Network Access Protection (NAP) health checks. ' +
      'Microsoft deprecated NAP in Windows Server 2012 R2, left it out of Windows Server 2016 and later, and the NAP platform is not available on clients from Windows 10 on, so the checks cannot happen. ' +
      'Windows exports the element as `false`. Microsoft does not document what current Windows does with `true`, so setting `false` is offered as a suggestion.',
    wrong: eapDocument(peapEapType({ enableQuarantineChecks: 'true' }), { methodType: 25 }),
    right: eapDocument(peapEapType(), { methodType: 25 }),
  },
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      if (block.kind !== 'peap' || !block.eapType) continue;
      const element = childIn(block.eapType, 'EnableQuarantineChecks', NS.peapV1);
      if (!element || readBoolean(element) !== true) continue;
      report({
        range: valueRange(element),
        message:
          'NAP health checks are requested, but the Network Access Protection platform is not available from Windows 10 on and NPS no longer includes it (deprecated in Windows Server 2012 R2, removed in 2016). Set it to `false` as Windows exports it.',
        fixes: [{ title: 'Set EnableQuarantineChecks to false', edits: [replaceValue(element, 'false')], kind: 'suggestion' }],
      });
    }
  },
};
