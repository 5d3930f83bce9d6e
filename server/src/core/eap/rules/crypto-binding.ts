// PEAP cryptobinding ("Disconnect if server does not present cryptobinding TLV") ties the inner and outer
// authentications together, so that an MS-CHAPv2 exchange cannot be relayed through another PEAP channel
// ("EAP for network access"). What `true` means when connections fail is in the element's hover: a note on every
// correct configuration would only be noise.
import { SOURCES } from '../../sources';
import { readBoolean } from '../../xml/query';
import { eapDocument, innerEap, MSCHAPV2_EAP_TYPE, peapEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, methodBlocks } from '../methods';
import { NS } from '../namespaces';
import { replaceValue, valueRange } from '../../xml/edits';

export const cryptoBindingRule: EapRule = {
  id: 'eap/crypto-binding',
  defaultSeverity: 'information',
  title: 'PEAP-MSCHAPv2 without cryptobinding: the inner password exchange can be relayed',
  docUrl: SOURCES.networkAccess.url,
  // With `true` the client disconnects from a server that does not present cryptobinding: a person decides.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      '`RequireCryptoBinding` is "Disconnect if server does not present cryptobinding TLV". Microsoft describes cryptobinding as combining the inner and outer authentications of PEAP, which makes it hard for an attacker to redirect an MS-CHAPv2 authentication through a PEAP channel of their own. ' +
      'For PEAP-MSCHAPv2 it is worth requiring. With `true`, the client ends the authentication when the server does not present cryptobinding, so the fix is a suggestion: check that your NPS servers send it.',
    wrong: eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE) }), { methodType: 25 }),
    right: eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE), requireCryptoBinding: 'true' }), { methodType: 25 }),
  },
  check({ eap, report }) {
    const blocks = methodBlocks(eap);
    for (const block of blocks) {
      if (block.kind !== 'peap' || !block.eapType) continue;
      const element = childIn(block.eapType, 'RequireCryptoBinding', NS.peapV1);
      const innerPassword = blocks.some((inner) => inner.outer === block && inner.typeNumber === 26);
      if (!innerPassword || readBoolean(element) === true) continue;
      report({
        range: element ? valueRange(element) : block.eapType.nameRange,
        message:
          'This PEAP configuration runs EAP-MSCHAPv2 inside without requiring cryptobinding. Cryptobinding ties the inner and outer authentications together so that an attacker cannot relay the MS-CHAPv2 exchange through a PEAP tunnel of their own; consider `true` ("Disconnect if server does not present cryptobinding TLV"), once your NPS servers present it.',
        fixes: element ? [{ title: 'Set RequireCryptoBinding to true', edits: [replaceValue(element, 'true')], kind: 'suggestion' }] : [],
      });
    }
  },
};
