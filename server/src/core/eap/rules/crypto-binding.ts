// PEAP cryptobinding: PEAP-MSCHAPv2 without it can be relayed. (What `true` means when connections fail with
// 823/824 is in the element's hover: a note on every correct configuration would only be noise.)
import type { EapRule } from '../rule';
import { readBoolean } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { childIn, methodBlocks, replaceValueEdit, valueRange } from '../methods';
import { NS } from '../namespaces';

export const cryptoBindingRule: EapRule = {
  id: 'eap/crypto-binding',
  defaultSeverity: 'information',
  title: 'PEAP-MSCHAPv2 without cryptobinding: the inner password exchange can be relayed',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    const blocks = methodBlocks(eap);
    for (const block of blocks) {
      if (block.kind !== 'peap' || !block.eapType) continue;
      const element = childIn(block.eapType, 'RequireCryptoBinding', NS.peapV1);
      const required = readBoolean(element);
      const innerPassword = blocks.some((inner) => inner.outer === block && inner.typeNumber === 26);
      if (innerPassword && required !== true) {
        report({
          range: element ? valueRange(element) : block.eapType.nameRange,
          message:
            'This PEAP configuration runs EAP-MSCHAPv2 inside without requiring cryptobinding. Cryptobinding ties the inner and outer authentications together so that an attacker cannot relay the MS-CHAPv2 exchange through a PEAP tunnel of their own; consider `true` ("Disconnect if server does not present cryptobinding TLV").',
          fixes: element ? [{ title: 'Set `RequireCryptoBinding` to `true`', edits: [replaceValueEdit(element, 'true')], kind: 'suggestion' }] : undefined,
        });
      }
    }
  },
};
