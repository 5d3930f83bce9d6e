// NativeProfile/Servers takes "Public or routable IP address or DNS name", comma-separated, each optionally followed
// by `;FriendlyName` (VPNv2 CSP Servers). URLs, ports and repeated servers do not fit that format. The doubled
// `server;server` form is the documented friendly-name form and is fine.
import type { ProfileRule } from '../rule';
import { parseIp } from '../../values/ip';
import { serverEntries } from '../helpers';

export const serverAddressFormat: ProfileRule = {
  id: 'profile/server-address-format',
  defaultSeverity: 'warning',
  title: 'A VPN server written as a URL, with a port, or listed twice',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenamenativeprofileservers',
  check({ profile, report }) {
    const seen = new Map<string, { start: number; end: number }>();
    for (const entry of serverEntries(profile)) {
      const url = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(entry.server);
      const hostPort = !url && !parseIp(entry.server) ? /^([^:]+):(\d+)$/.exec(entry.server) : null;
      const host = url ? url[1] : hostPort ? hostPort[1] : entry.server;
      if (url || hostPort) {
        report({
          range: entry.range,
          message: `\`<Servers>\` takes a host name or IP address${url ? ', not a URL' : ' without a port'}: write \`${host}\`.`,
          fixes: [{ title: `Change to \`${host}\``, edits: [{ range: entry.range, newText: host }], kind: 'safe' }],
        });
      }
      const key = host.toLowerCase().replace(/\.$/, '');
      const first = seen.get(key);
      if (first) {
        report({
          range: entry.range,
          message: `\`${host}\` is already listed in \`<Servers>\`; remove the repeated entry. (To give a server a friendly name, write \`server;FriendlyName\` in one entry.)`,
          related: [{ range: first, message: 'first entry' }],
        });
      } else {
        seen.set(key, entry.range);
      }
    }
  },
};
