import { testRule } from '../../testing/ruleTester';
import { routeCoversVpnServer } from './route-covers-vpn-server';
import { userProfile } from './testing';

const route = (address: string, prefix: string, exclusion = false) =>
  `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n${exclusion ? '    <ExclusionRoute>true</ExclusionRoute>\n' : ''}  </Route>\n`;
const profile = (servers: string, routes: string) => userProfile(`    <Servers>${servers}</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>`, routes);

testRule(routeCoversVpnServer, {
  valid: [
    { name: 'servers given by name', text: profile('vpn.example.net', route('10.0.0.0', '8')) },
    { name: 'a route to another network', text: profile('203.0.113.10', route('10.0.0.0', '8')) },
    { name: 'an exclusion route for the server network', text: profile('203.0.113.10', route('203.0.113.0', '24', true)) },
  ],
  invalid: [
    {
      name: 'a VPN route containing a server IP: information pointing at the server',
      text: profile('vpn.example.net,10.20.30.40;Branch', route('10.0.0.0', '8')),
      findings: [{ at: { content: 'Address' }, severity: 'information', message: 'contains the VPN server `10.20.30.40`', related: ['10.20.30.40'], fixes: [] }],
    },
  ],
});
