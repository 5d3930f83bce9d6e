import { testRule } from '../../testing/ruleTester';
import { routeHostBits } from './route-host-bits';
import { userProfile } from './testing';

const route = (address: string, prefix: string) => `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n  </Route>\n`;
const filter = (ranges: string) => `  <TrafficFilter>\n    <RemoteAddressRanges>${ranges}</RemoteAddressRanges>\n  </TrafficFilter>\n`;
const profile = (routes: string) => userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', routes);

testRule(routeHostBits, {
  valid: [{ name: 'network addresses and host routes', text: profile(route('10.1.0.0', '16') + route('10.1.2.3', '32') + route('2001:db8:2112::', '48')) }],
  invalid: [
    {
      name: 'host bits alone are ambiguous: the network address and the host route are suggestions',
      text: profile(route('10.1.2.3', '16')),
      findings: [
        {
          at: { content: 'Address' },
          severity: 'warning',
          message: 'the network it describes is `10.1.0.0/16`',
          fixes: [
            { title: 'Change to 10.1.0.0 (keep /16)', kind: 'suggestion', output: profile(route('10.1.0.0', '16')) },
            { title: 'Change the prefix to 32 (a host route to 10.1.2.3)', kind: 'suggestion', output: profile(route('10.1.2.3', '32')) },
          ],
        },
      ],
    },
    {
      name: 'an address that is not a host address gets no host-route candidate',
      text: profile(route('10.1.2.0', '16')),
      findings: [{ at: { content: 'Address' }, fixes: [{ title: 'Change to 10.1.0.0 (keep /16)', kind: 'suggestion', output: profile(route('10.1.0.0', '16')) }] }],
    },
    {
      name: 'a traffic filter naming the network makes it certain: the network address is a safe fix',
      text: profile(route('10.1.2.3', '16') + filter('10.1.0.0/16, 192.0.2.1')),
      findings: [
        {
          at: { content: 'Address' },
          message: 'A traffic filter of this profile names `10.1.0.0/16`',
          fixes: [{ title: 'Change to 10.1.0.0', kind: 'safe', output: profile(route('10.1.0.0', '16') + filter('10.1.0.0/16, 192.0.2.1')) }],
        },
      ],
    },
    {
      name: 'a filter naming another prefix length does not confirm the network',
      text: profile(route('10.1.2.3', '16') + filter('10.1.0.0/24')),
      findings: [
        {
          at: { content: 'Address' },
          fixes: [
            { title: 'Change to 10.1.0.0 (keep /16)', kind: 'suggestion', output: profile(route('10.1.0.0', '16') + filter('10.1.0.0/24')) },
            { title: 'Change the prefix to 32 (a host route to 10.1.2.3)', kind: 'suggestion', output: profile(route('10.1.2.3', '32') + filter('10.1.0.0/24')) },
          ],
        },
      ],
    },
    {
      name: 'IPv6 host bits: the compressed network address, or a /128 host route',
      text: profile(route('2001:db8:2112:1::1', '48')),
      findings: [
        {
          at: { content: 'Address' },
          fixes: [
            { title: 'Change to 2001:db8:2112:: (keep /48)', kind: 'suggestion', output: profile(route('2001:db8:2112::', '48')) },
            { title: 'Change the prefix to 128 (a host route to 2001:db8:2112:1::1)', kind: 'suggestion', output: profile(route('2001:db8:2112:1::1', '128')) },
          ],
        },
      ],
    },
  ],
});
