// EAP type numbers Windows has no built-in method for, and inner PEAP methods Windows does not support. The
// built-in methods and their IANA numbers are those the "EAP for network access" page marks as native; PEAP runs
// EAP-TLS and EAP-MSCHAPv2 inside. Error 850 is "The Extensible Authentication Protocol type required for
// authentication of the remote access connection is not installed" (RRAS error codes).
import { SOURCES } from '../../sources';
import type { Fix } from '../../types';
import { eapDocument, peapEapType } from './examples';
import type { EapRule } from '../rule';
import { methodBlocks, methodTypeElement, vendorIdOf } from '../methods';
import { integerValue, replaceValue, valueRange } from '../../xml/edits';

/** Methods built into Windows, by IANA type number. */
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
  docUrl: SOURCES.networkAccess.url,
  // Changing the method type is a person's decision, even for the documented 27 -> 25 slip.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      "Windows has built-in EAP methods for the IANA types 13 (EAP-TLS), 18 (EAP-SIM), 21 (EAP-TTLS), 23 (EAP-AKA), 25 (PEAP), 26 (EAP-MSCHAPv2), 50 (EAP-AKA') and 55 (TEAP); inside PEAP it runs EAP-TLS and EAP-MSCHAPv2. " +
      'Another number only works when a third-party method with that number is installed; otherwise expect error 850 ("the EAP type required … is not installed"). ' +
      "A common case is 27 for PEAP: the VPNv2 CSP's description of the `Eap/Type` node lists 27 for PEAP, but PEAP is 25. The fix to 25 is offered as a suggestion, because it changes the method.",
    wrong: eapDocument(peapEapType(), { methodType: 27 }),
    right: eapDocument(peapEapType(), { methodType: 25 }),
  },
  check({ eap, report }) {
    const blocks = methodBlocks(eap);
    const methodType = methodTypeElement(eap);
    const methodNumber = integerValue(methodType);
    const thirdParty = (vendorIdOf(eap) ?? 0) !== 0;
    if (methodType && methodNumber !== undefined && !thirdParty && !BUILT_IN.has(methodNumber)) {
      const outer = blocks[0];
      const fixes: Fix[] = [];
      let message = `Windows has no built-in EAP method with type ${methodNumber}; unless a third-party method with this number is installed, expect error 850 (the EAP type required for authentication is not installed). Always On VPN user tunnels normally use 25 (PEAP) or 13 (EAP-TLS).`;
      if (methodNumber === 27) {
        message =
          "PEAP is EAP type 25, not 27: the VPNv2 CSP's description of the `Eap/Type` node lists 27 for PEAP by mistake, and Windows has no built-in method 27 (expect error 850, the EAP type required for authentication is not installed). Microsoft's PEAP samples and Windows exports use 25.";
        const edits = [replaceValue(methodType, '25')];
        if (outer?.type && outer.typeNumber === 27) edits.push(replaceValue(outer.type, '25'));
        // Only where nothing says another method was meant: the settings are PEAP's, or there are none to tell.
        if (outer?.kind === 'peap' || outer?.kind === undefined) fixes.push({ title: 'Change the type to 25 (PEAP)', edits, kind: 'suggestion' });
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
