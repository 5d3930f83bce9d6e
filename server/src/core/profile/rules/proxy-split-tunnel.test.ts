import { testRule } from '../../testing/ruleTester';
import { proxySplitTunnel } from './proxy-split-tunnel';

const PAC = '  <Proxy>\n    <AutoConfigUrl>http://proxy.example.net/proxy.pac</AutoConfigUrl>\n  </Proxy>\n';
const profile = (policy: string, proxy = PAC) => `<VPNProfile>
${proxy}  <NativeProfile>
    <Servers>vpn.example.net</Servers>
    <RoutingPolicyType>${policy}</RoutingPolicyType>
  </NativeProfile>
</VPNProfile>`;

testRule(proxySplitTunnel, {
  valid: [
    { name: 'a proxy on a force-tunnel profile', text: profile('ForceTunnel') },
    { name: 'a split tunnel without a proxy', text: profile('SplitTunnel', '') },
  ],
  invalid: [
    {
      name: 'a proxy on a split-tunnel profile: a warning; removing it is a suggestion naming its settings',
      text: profile('SplitTunnel'),
      findings: [
        {
          at: { tag: 'Proxy' },
          severity: 'warning',
          message: 'only to force-tunnel connections',
          related: [{ tag: 'RoutingPolicyType' }],
          fixes: [{ title: 'Remove <Proxy> with <AutoConfigUrl>', kind: 'suggestion', output: profile('SplitTunnel', '') }],
        },
      ],
    },
    {
      name: 'manual and automatic settings are both named',
      text: profile('SplitTunnel', '  <Proxy>\n    <Manual><Server>proxy.example.net:8080</Server></Manual>\n    <AutoConfigUrl>http://proxy.example.net/proxy.pac</AutoConfigUrl>\n  </Proxy>\n'),
      findings: [{ at: { tag: 'Proxy' }, fixes: [{ title: 'Remove <Proxy> with <Manual> and <AutoConfigUrl>', kind: 'suggestion', output: profile('SplitTunnel', '') }] }],
    },
  ],
});
