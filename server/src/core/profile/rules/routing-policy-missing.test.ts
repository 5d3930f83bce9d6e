import { testRule } from '../../testing/ruleTester';
import { routingPolicyMissing } from './routing-policy-missing';
import { deviceProfile, userProfile } from './testing';

const SERVERS = '    <Servers>vpn.example.net</Servers>';
const ROUTE = '  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>8</PrefixSize>\n  </Route>\n';
const withPolicy = (policy: string, outer = '') => userProfile(`${SERVERS}\n    <RoutingPolicyType>${policy}</RoutingPolicyType>`, outer);

testRule(routingPolicyMissing, {
  valid: [
    { name: 'an explicit policy', text: withPolicy('ForceTunnel') },
    { name: 'a device tunnel (its own rule covers it)', text: deviceProfile(SERVERS) },
    { name: 'a LockDown profile', text: '<VPNProfile><LockDown>true</LockDown><NativeProfile><Servers>vpn.example.net</Servers></NativeProfile></VPNProfile>' },
  ],
  invalid: [
    {
      name: 'no policy and no routes: information; each policy is a suggestion',
      text: userProfile(SERVERS),
      findings: [
        {
          at: { tag: 'NativeProfile' },
          severity: 'information',
          message: 'Windows then uses force tunnel',
          fixes: [
            { title: 'Add <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', kind: 'suggestion', output: withPolicy('SplitTunnel') },
            { title: 'Add <RoutingPolicyType>ForceTunnel</RoutingPolicyType>', kind: 'suggestion', output: withPolicy('ForceTunnel') },
          ],
        },
      ],
    },
    {
      name: 'no policy but routes: the default is not documented',
      text: userProfile(SERVERS, ROUTE),
      findings: [
        {
          at: { tag: 'NativeProfile' },
          message: 'is not documented',
          fixes: [
            { title: 'Add <RoutingPolicyType>SplitTunnel</RoutingPolicyType>', kind: 'suggestion', output: withPolicy('SplitTunnel', ROUTE) },
            { title: 'Add <RoutingPolicyType>ForceTunnel</RoutingPolicyType>', kind: 'suggestion', output: withPolicy('ForceTunnel', ROUTE) },
          ],
        },
      ],
    },
  ],
});
