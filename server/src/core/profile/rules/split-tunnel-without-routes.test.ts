import { testRule } from '../../testing/ruleTester';
import { splitTunnelWithoutRoutes } from './split-tunnel-without-routes';
import { userProfile } from './testing';

const NATIVE = '    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>';
const EXCLUSION = '  <Route>\n    <Address>203.0.113.0</Address>\n    <PrefixSize>24</PrefixSize>\n    <ExclusionRoute>true</ExclusionRoute>\n  </Route>\n';
const ROUTE = '  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>8</PrefixSize>\n  </Route>\n';

testRule(splitTunnelWithoutRoutes, {
  valid: [
    { name: 'a VPN route', text: userProfile(NATIVE, ROUTE) },
    { name: 'the class-based route kept', text: userProfile(NATIVE.replace('>true<', '>false<')) },
    { name: 'IKEv2 traffic selectors as routes', text: userProfile(NATIVE + '\n    <PlumbIKEv2TSAsRoutes>true</PlumbIKEv2TSAsRoutes>') },
  ],
  invalid: [
    {
      name: 'split tunnel with only an exclusion route and no class-based route: a warning',
      text: userProfile(NATIVE, EXCLUSION),
      findings: [{ at: { tag: 'DisableClassBasedDefaultRoute' }, severity: 'warning', message: 'nothing is routed into the tunnel', related: [{ tag: 'RoutingPolicyType' }], fixes: [] }],
    },
  ],
});
