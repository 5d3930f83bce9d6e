// NativeProfile/Servers takes a "Public or routable IP address or DNS name", comma-separated, each optionally
// followed by `;FriendlyName` (VPNv2 CSP Servers). A URL, a port and a repeated server do not fit that format; the
// doubled `server;server` form is the documented friendly-name form and is fine.
// Fix kinds: stripping a bare `scheme://` (and a trailing `/`) keeps the server: safe. Dropping a port or a path may
// drop something the administrator meant (Microsoft does not document either here): a suggestion that says what goes.
import { codeSpan } from '../../text/markdown';
import type { TextRange } from '../../types';
import { parseIp } from '../../values/ip';
import type { ProfileRule } from '../rule';
import { cspSection, serverEntries } from '../helpers';

export const serverAddressFormat: ProfileRule = {
  id: 'profile/server-address-format',
  defaultSeverity: 'warning',
  title: 'A VPN server written as a URL, with a port, or listed twice',
  docUrl: cspSection('deviceprofilenamenativeprofileservers'),
  fixKinds: ['safe', 'suggestion'],
  docs: {
    rationale:
      'The VPNv2 CSP describes `<Servers>` as the public or routable IP address or DNS name of the VPN gateway; several servers are separated by commas, each optionally followed by `;` and a friendly name. ' +
      'A URL (`https://vpn.example.net/`) or a port (`vpn.example.net:443`) is not that format, and whether Windows reads them here is not documented. Removing a bare `https://` keeps the server and is a safe fix; dropping a port or a path is a suggestion. ' +
      'The same server listed twice in separate entries adds nothing; `server;server` is the documented friendly-name form and is fine.',
    wrong: '<VPNProfile>\n  <NativeProfile>\n    <Servers>https://vpn.example.net/</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
    right: '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    const seen = new Map<string, TextRange>();
    for (const entry of serverEntries(profile)) {
      const url = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)(.*)$/i.exec(entry.server);
      const hostPort = !url && !parseIp(entry.server) ? /^([^:]+):(\d+)$/.exec(entry.server) : null;
      const host = url ? url[1] : hostPort ? hostPort[1] : entry.server;
      if (url) {
        const rest = url[2];
        const bare = rest === '' || rest === '/';
        report({
          range: entry.range,
          message: `\`<Servers>\` takes a host name or IP address, not a URL: write ${codeSpan(host)}.${bare ? '' : ` The rest of the URL (${codeSpan(rest)}) is not part of the documented format.`}`,
          fixes: [{ title: bare ? `Change to ${host}` : `Change to ${host} (drops ${rest})`, edits: [{ range: entry.range, newText: host }], kind: bare ? 'safe' : 'suggestion' }],
        });
      } else if (hostPort) {
        report({
          range: entry.range,
          message: `The VPNv2 CSP documents \`<Servers>\` as an IP address or DNS name; a port is not part of that format, and whether Windows reads one here is not documented. Write ${codeSpan(host)}.`,
          fixes: [{ title: `Change to ${host} (drops :${hostPort[2]})`, edits: [{ range: entry.range, newText: host }], kind: 'suggestion' }],
        });
      }
      const key = host.toLowerCase().replace(/\.$/, '');
      const first = seen.get(key);
      if (first) {
        report({
          range: entry.range,
          message: `${codeSpan(host)} is already listed in \`<Servers>\`; remove the repeated entry. (To give a server a friendly name, write \`server;FriendlyName\` in one entry.)`,
          related: [{ range: first, message: 'first entry' }],
        });
      } else {
        seen.set(key, entry.range);
      }
    }
  },
};
