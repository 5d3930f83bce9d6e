import { testRule } from '../../testing/ruleTester';
import { trafficFilterIpv6 } from './traffic-filter-ipv6';
import { nativeWith, userProfile } from './testing';

const FILTER = '  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n  </TrafficFilter>\n';
const route = (address: string, prefix: string, exclusion = false) =>
  `  <Route>\n    <Address>${address}</Address>\n    <PrefixSize>${prefix}</PrefixSize>\n${exclusion ? '    <ExclusionRoute>true</ExclusionRoute>\n' : ''}  </Route>\n`;

testRule(trafficFilterIpv6, {
  valid: [
    { name: 'an IPv4-only profile with filters', text: userProfile(nativeWith('IKEv2'), FILTER + route('10.0.0.0', '8')) },
    { name: 'IPv6 routes without filters', text: userProfile(nativeWith('IKEv2'), route('2001:db8::', '32')) },
    { name: 'an IPv6 exclusion route does not route IPv6 into the VPN', text: userProfile(nativeWith('IKEv2'), FILTER + route('2001:db8::', '32', true)) },
  ],
  invalid: [
    {
      name: 'traffic filters with an IPv6 VPN route: information pointing at the route',
      text: userProfile(nativeWith('IKEv2'), FILTER + route('10.0.0.0', '8') + route('2001:db8::', '32')),
      findings: [{ at: { tag: 'TrafficFilter' }, severity: 'information', message: 'Practitioners report (as of July 2021)', related: [{ tag: 'Route', occurrence: 1 }], fixes: [] }],
    },
  ],
});
