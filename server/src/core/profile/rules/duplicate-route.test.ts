import { testRule } from '../../testing/ruleTester';
import { duplicateRoute } from './duplicate-route';
import { userProfile } from './testing';

const route = (address: string, prefix: string, exclusion = '') =>
  `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n${exclusion ? `    <ExclusionRoute>${exclusion}</ExclusionRoute>\n` : ''}  </Route>\n`;
const profile = (routes: string) => userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', routes);

testRule(duplicateRoute, {
  valid: [{ name: 'different prefixes of one address, and IPv6', text: profile(route('10.0.0.0', '8') + route('10.0.0.0', '16') + route('2001:db8::', '32')) }],
  invalid: [
    {
      name: 'the same network twice: a warning on the second route',
      text: profile(route('10.0.0.0', '8') + route('172.16.0.0', '12') + route('10.0.0.0', '8')),
      findings: [{ at: { tag: 'Route', occurrence: 2 }, severity: 'warning', message: '`10.0.0.0/8` is already listed', related: [{ tag: 'Route' }], fixes: [] }],
    },
    {
      name: 'the same network written with host bits is the same route',
      text: profile(route('10.0.0.0', '8') + route('10.1.0.0', '8')),
      findings: [{ at: { tag: 'Route', occurrence: 1 }, message: '`10.0.0.0/8` is already listed' }],
    },
    {
      name: 'the same network as VPN and exclusion route is a conflict',
      text: profile(route('10.0.0.0', '8') + route('10.0.0.0', '8', 'true')),
      findings: [{ at: { tag: 'Route', occurrence: 1 }, message: 'both as a VPN route and as an exclusion route', related: [{ tag: 'Route' }] }],
    },
  ],
});
