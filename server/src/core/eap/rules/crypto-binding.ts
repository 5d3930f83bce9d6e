// PEAP cryptobinding: what RequireCryptoBinding=true means when connections fail, and why PEAP-MSCHAPv2
// without it can be relayed.
import type { EapRule } from '../../rules/rule';
import { readBoolean } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { childIn, methodBlocks, replaceValueEdit, valueRange } from '../methods';
import { NS } from '../namespaces';

export const cryptoBindingRule: EapRule = {
  id: 'eap/crypto-binding',
  defaultSeverity: 'information',
  title: 'PEAP cryptobinding: required (client errors 823/824, NPS reasons 301/302) or off with an inner password method',
  docUrl: EAP_DOCS.networkAccess,
  check(eap, reporter) {
    const blocks = methodBlocks(eap);
    for (const block of blocks) {
      if (block.kind !== 'peap' || !block.eapType) continue;
      const element = childIn(block.eapType, 'RequireCryptoBinding', NS.peapV1);
      const required = readBoolean(element);
      const innerPassword = blocks.some((inner) => inner.outer === block && inner.typeNumber === 26);
      if (element && required === true) {
        reporter.report(this, {
          range: valueRange(element),
          message:
            'PEAP ends authentication when the RADIUS server does not present a valid cryptobinding TLV. Connections failing with error 823 (invalid cryptobinding TLV) or 824 (none received), with NPS reason 301 or 302, come from this setting, not from the certificates: check that the RADIUS server sends cryptobinding; setting this to `false` works around it at the cost of the protection against relayed inner authentication.',
        });
      } else if (innerPassword && required !== true) {
        reporter.report(this, {
          range: element ? valueRange(element) : block.eapType.nameRange,
          message:
            'This PEAP configuration runs EAP-MSCHAPv2 inside without requiring cryptobinding. Cryptobinding ties the inner and outer authentications together so that an attacker cannot relay the MS-CHAPv2 exchange through a PEAP tunnel of their own; consider `true` ("Disconnect if server does not present cryptobinding TLV").',
          fixes: element ? [{ title: 'Set `RequireCryptoBinding` to `true`', edits: [replaceValueEdit(element, 'true')] }] : undefined,
        });
      }
    }
  },
};
