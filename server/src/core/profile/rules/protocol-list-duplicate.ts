// Each protocol needs one separate entry in the list (VPNv2 CSP NativeProtocolList note: "A separate entry is needed
// for every VPN protocol"); listing one twice adds nothing.
import type { ProfileRule } from '../rule';
import { removeElement } from '../helpers';

export const protocolListDuplicate: ProfileRule = {
  id: 'profile/protocol-list-duplicate',
  defaultSeverity: 'warning',
  title: 'A protocol listed twice in ProtocolList',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamenativeprofileprotocollistnativeprotocollist',
  check({ profile, report }) {
    const seen = new Map<string, { range: { start: number; end: number } }>();
    for (const entry of profile.elements('NativeProfile/ProtocolList/NativeProtocol')) {
      const type = entry.child('Type');
      const key = type?.text.trimmed.toLowerCase();
      if (!type || !key) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { range: type.text.range });
        continue;
      }
      report({
        range: type.text.range,
        message: `\`${type.text.trimmed}\` is already in the list; each protocol needs exactly one \`<NativeProtocol>\` entry. Remove this one.`,
        related: [{ range: first.range, message: 'first entry' }],
        fixes: [{ title: 'Remove this entry', edits: [removeElement(profile.text, entry)], kind: 'safe' }],
      });
    }
  },
};
