import { testRule } from '../../testing/ruleTester';
import { routePublicAddressSpace } from './route-public-address-space';
import { nativeWith, userProfile } from './testing';

const route = (address: string, prefix: number, extra = '') => `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n${extra}  </Route>\n`;
const split = (routes: string) => userProfile(nativeWith('IKEv2'), routes);

testRule(routePublicAddressSpace, {
  valid: [
    { name: 'the three private blocks', text: split(route('10.0.0.0', 8) + route('172.16.0.0', 12) + route('192.168.0.0', 16)) },
    { name: 'networks inside a private block', text: split(route('172.20.0.0', 16) + route('192.168.10.0', 24)) },
    { name: 'a public network that contains no private block', text: split(route('203.0.113.0', 24)) },
    { name: 'a deliberately short route (0.0.0.0/1)', text: split(route('0.0.0.0', 1)) },
    { name: 'an exclusion route into public space', text: split(route('172.0.0.0', 8, '    <ExclusionRoute>true</ExclusionRoute>\n')) },
    { name: 'force tunnel: every address goes to the VPN anyway', text: userProfile(nativeWith('IKEv2').replace('SplitTunnel', 'ForceTunnel'), route('172.0.0.0', 8)) },
  ],
  invalid: [
    {
      // The corpus's 31: "all private address space" written with 172.0.0.0/8.
      name: '172.0.0.0/8 for 172.16.0.0/12: a warning naming the public ranges; the private block is a suggestion',
      text: split(route('10.0.0.0', 8) + route('172.0.0.0', 8) + route('192.168.0.0', 16)),
      findings: [
        {
          at: '172.0.0.0',
          severity: 'warning',
          message: '`172.0.0.0/8` contains the private block `172.16.0.0/12` (RFC 1918), but also the public addresses `172.0.0.0`–`172.15.255.255` and `172.32.0.0`–`172.255.255.255`',
          related: [{ text: '8', after: '172.0.0.0' }],
          fixes: [{ title: 'Change to 172.16.0.0/12', kind: 'suggestion', output: split(route('10.0.0.0', 8) + route('172.16.0.0', 12) + route('192.168.0.0', 16)) }],
        },
      ],
    },
    {
      name: '192.0.0.0/8 and 192.168.0.0/15 for 192.168.0.0/16',
      text: split(route('192.0.0.0', 8) + route('192.168.0.0', 15)),
      findings: [
        {
          at: '192.0.0.0',
          message: 'public addresses `192.0.0.0`–`192.167.255.255` and `192.169.0.0`–`192.255.255.255`',
          fixes: [{ title: 'Change to 192.168.0.0/16', kind: 'suggestion', output: split(route('192.168.0.0', 16) + route('192.168.0.0', 15)) }],
        },
        { at: { text: '192.168.0.0' }, message: 'public addresses `192.169.0.0`–`192.169.255.255`' },
      ],
    },
    {
      name: '10.0.0.0/7 for 10.0.0.0/8',
      text: split(route('10.0.0.0', 7)),
      findings: [{ at: '10.0.0.0', message: 'public addresses `11.0.0.0`–`11.255.255.255`' }],
    },
  ],
});
