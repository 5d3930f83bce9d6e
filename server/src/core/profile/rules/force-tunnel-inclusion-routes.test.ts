import { testRule } from '../../testing/ruleTester';
import { forceTunnelInclusionRoutes } from './force-tunnel-inclusion-routes';
import { userProfile } from './testing';

const native = (policy: string) => `    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>${policy}</RoutingPolicyType>`;
const VPN_ROUTE = '  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>8</PrefixSize>\n  </Route>\n';
const EXCLUSION = '  <Route>\n    <Address>203.0.113.0</Address>\n    <PrefixSize>24</PrefixSize>\n    <ExclusionRoute>true</ExclusionRoute>\n  </Route>\n';

testRule(forceTunnelInclusionRoutes, {
  valid: [
    { name: 'routes on a split tunnel', text: userProfile(native('SplitTunnel'), VPN_ROUTE + EXCLUSION) },
    { name: 'exclusion routes on a force tunnel', text: userProfile(native('ForceTunnel'), EXCLUSION) },
  ],
  invalid: [
    {
      name: 'force tunnel with a VPN route: a warning on that route only',
      text: userProfile(native('ForceTunnel'), VPN_ROUTE + EXCLUSION),
      findings: [{ at: { tag: 'Route' }, severity: 'warning', message: 'adds nothing', related: [{ tag: 'RoutingPolicyType' }], fixes: [] }],
    },
  ],
});
