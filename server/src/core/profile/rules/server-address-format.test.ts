import { testRule } from '../../testing/ruleTester';
import { serverAddressFormat } from './server-address-format';
import { userProfile } from './testing';

const profile = (servers: string) => userProfile(`    <Servers>${servers}</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>`);

testRule(serverAddressFormat, {
  valid: [
    { name: 'the documented server;FriendlyName doubling', text: profile('vpn.example.net;vpn.example.net') },
    { name: 'a list with a friendly name', text: profile('vpn1.example.net,vpn2.example.net;Backup') },
    { name: 'an IPv6 address (colons, no port)', text: profile('2001:db8::10') },
  ],
  invalid: [
    {
      name: 'a bare URL: removing the scheme keeps the server, a safe fix',
      text: profile('https://vpn.example.net/'),
      findings: [{ at: 'https://vpn.example.net/', severity: 'warning', message: 'not a URL', fixes: [{ title: 'Change to vpn.example.net', kind: 'safe', output: profile('vpn.example.net') }] }],
    },
    {
      name: 'a URL with a port and a path: dropping them is a suggestion that names them',
      text: profile('https://vpn.example.net:8443/sstp'),
      findings: [
        {
          at: 'https://vpn.example.net:8443/sstp',
          message: 'The rest of the URL (`:8443/sstp`)',
          fixes: [{ title: 'Change to vpn.example.net (drops :8443/sstp)', kind: 'suggestion', output: profile('vpn.example.net') }],
        },
      ],
    },
    {
      name: 'a port: removing it is a suggestion, keeping the friendly name',
      text: profile('vpn.example.net:443;Main'),
      findings: [
        {
          at: 'vpn.example.net:443',
          message: 'a port is not part of that format',
          fixes: [{ title: 'Change to vpn.example.net (drops :443)', kind: 'suggestion', output: profile('vpn.example.net;Main') }],
        },
      ],
    },
    {
      name: 'the same server in two entries: a warning on the second',
      text: profile('vpn1.example.net,vpn2.example.net,VPN1.example.net;Backup'),
      findings: [{ at: 'VPN1.example.net', message: 'is already listed', related: ['vpn1.example.net'], fixes: [] }],
    },
  ],
});
