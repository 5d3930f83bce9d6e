// L2tpPsk is "The preshared key used for an L2TP connection" (VPNv2 CSP); other protocols never use it, and the key
// sits in the profile in clear text.
import type { ProfileRule } from '../rule';
import { possibleProtocols, related, removeElement } from '../helpers';

export const l2tpPskUnused: ProfileRule = {
  id: 'profile/l2tp-psk-unused',
  defaultSeverity: 'warning',
  title: 'An L2TP pre-shared key in a profile that does not use L2TP',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamenativeprofilel2tppsk',
  check({ profile, report }) {
    const psk = profile.element('NativeProfile/L2tpPsk');
    const type = profile.element('NativeProfile/NativeProtocolType');
    const protocols = possibleProtocols(profile);
    if (!psk || !type || !protocols || protocols.has('L2TP')) return;
    report({
      range: psk.nameRange,
      message: 'This profile never connects with L2TP, so the pre-shared key is unused — and it is stored in clear text in the profile. Remove `<L2tpPsk>`.',
      related: [related(type, 'the protocol is chosen here')],
      fixes: [{ title: 'Remove `<L2tpPsk>`', edits: [removeElement(profile.text, psk)], kind: 'safe' }],
    });
  },
};
