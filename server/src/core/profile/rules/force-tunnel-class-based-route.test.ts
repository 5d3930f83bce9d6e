import { testRule } from '../../testing/ruleTester';
import { forceTunnelClassBasedRoute } from './force-tunnel-class-based-route';
import { userProfile } from './testing';

const native = (policy: string, disable: string) =>
  `    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>${policy}</RoutingPolicyType>\n    <DisableClassBasedDefaultRoute>${disable}</DisableClassBasedDefaultRoute>`;

testRule(forceTunnelClassBasedRoute, {
  valid: [
    { name: 'false with force tunnel', text: userProfile(native('ForceTunnel', 'false')) },
    { name: 'true with split tunnel', text: userProfile(native('SplitTunnel', 'true')) },
  ],
  invalid: [
    {
      name: 'force tunnel with DisableClassBasedDefaultRoute true: setting false or removing it are suggestions',
      text: userProfile(native('ForceTunnel', 'true')),
      findings: [
        {
          at: { tag: 'DisableClassBasedDefaultRoute' },
          severity: 'warning',
          message: 'practitioners',
          related: [{ tag: 'RoutingPolicyType' }],
          fixes: [
            { title: 'Change to false', kind: 'suggestion', output: userProfile(native('ForceTunnel', 'false')) },
            {
              title: 'Remove <DisableClassBasedDefaultRoute>',
              kind: 'suggestion',
              output: userProfile('    <Servers>vpn.example.net</Servers>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>'),
            },
          ],
        },
      ],
    },
  ],
});
