import { testRule } from '../../testing/ruleTester';
import { exclusionRouteSplitTunnel } from './exclusion-route-split-tunnel';
import { userProfile } from './testing';

const native = (policy: string) => `    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>${policy}</RoutingPolicyType>`;
const EXCLUSION = '  <Route>\n    <Address>203.0.113.0</Address>\n    <PrefixSize>24</PrefixSize>\n    <ExclusionRoute>true</ExclusionRoute>\n  </Route>\n';

testRule(exclusionRouteSplitTunnel, {
  valid: [
    { name: 'an exclusion route with force tunnel', text: userProfile(native('ForceTunnel'), EXCLUSION) },
    { name: 'ExclusionRoute false on a split tunnel', text: userProfile(native('SplitTunnel'), EXCLUSION.replace('true', 'false')) },
  ],
  invalid: [
    {
      name: 'an exclusion route on a split tunnel is information',
      text: userProfile(native('SplitTunnel'), EXCLUSION),
      findings: [{ at: { tag: 'ExclusionRoute' }, severity: 'information', message: 'matter mostly with force tunnel', related: [{ tag: 'RoutingPolicyType' }], fixes: [] }],
    },
  ],
});
