// EAP type numbers Windows has no built-in method for, and inner PEAP methods Windows does not support.
import type { EapRule } from '../rule';
import type { Fix } from '../../types';
import { EAP_DOCS } from '../catalogue';
import { methodBlocks, methodTypeElement, integerValue, replaceValueEdit, valueRange, vendorIdOf } from '../methods';

/** Methods built into Windows, by IANA type number (Windows Server "EAP for network access" page). */
const BUILT_IN: ReadonlyMap<number, string> = new Map([
  [13, 'EAP-TLS'],
  [18, 'EAP-SIM'],
  [21, 'EAP-TTLS'],
  [23, 'EAP-AKA'],
  [25, 'PEAP'],
  [26, 'EAP-MSCHAPv2'],
  [50, "EAP-AKA'"],
  [55, 'TEAP'],
]);

/** Windows runs EAP-TLS and EAP-MSCHAPv2 inside PEAP. */
const PEAP_INNER = [13, 26];

export const unknownMethodTypeRule: EapRule = {
  id: 'eap/unknown-method-type',
  defaultSeverity: 'warning',
  title: 'An EAP type number Windows has no built-in method for (or cannot run inside PEAP)',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    const blocks = methodBlocks(eap);
    const methodType = methodTypeElement(eap);
    const methodNumber = integerValue(methodType);
    const thirdParty = (vendorIdOf(eap) ?? 0) !== 0;
    if (methodType && methodNumber !== undefined && !thirdParty && !BUILT_IN.has(methodNumber)) {
      const outer = blocks[0];
      const fixes: Fix[] = [];
      let message = `Windows has no built-in EAP method with type ${methodNumber}; unless a third-party method with this number is installed, the connection fails with error 850 (EAP method not installed). Always On VPN user tunnels normally use 25 (PEAP) or 13 (EAP-TLS).`;
      if (methodNumber === 27) {
        message = 'PEAP is EAP type 25, not 27: the VPNv2 CSP documentation lists 27 for PEAP by mistake, and Windows has no built-in method 27 (error 850, EAP method not installed). Microsoft\'s PEAP samples and Windows exports use 25.';
        const edits = [replaceValueEdit(methodType, '25')];
        if (outer?.type && outer.typeNumber === 27) edits.push(replaceValueEdit(outer.type, '25'));
        fixes.push({ title: 'Change the type to 25 (PEAP)', edits, kind: outer?.kind === 'peap' || outer?.kind === undefined ? 'safe' : 'suggestion' });
      }
      report({ range: valueRange(methodType), message, fixes });
    }
    for (const block of blocks) {
      if (!block.outer || !block.type || block.typeNumber === undefined || PEAP_INNER.includes(block.typeNumber)) continue;
      if (block.kind === 'tls' || block.kind === 'mschapv2') continue; // the number contradicts the settings: eap/type-namespace-mismatch
      const name = BUILT_IN.get(block.typeNumber);
      report({
        range: valueRange(block.type),
        message: `Windows runs only EAP-TLS (13) and EAP-MSCHAPv2 (26) inside PEAP; type ${block.typeNumber}${name ? ` (${name})` : ''} cannot be the inner method. Use 13 for PEAP-TLS (certificates) or 26 for PEAP-MSCHAPv2 (passwords).`,
      });
    }
  },
};
