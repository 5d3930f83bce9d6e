import { testRule } from '../../testing/ruleTester';
import { trafficFilterBlocksOtherTraffic } from './traffic-filter-blocks-other-traffic';
import { nativeWith, userProfile } from './testing';

const FILTER = '  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n  </TrafficFilter>\n';

testRule(trafficFilterBlocksOtherTraffic, {
  valid: [{ name: 'a profile without traffic filters', text: userProfile(nativeWith('IKEv2')) }],
  invalid: [
    {
      name: 'traffic filters are reported once, as information on the first filter, with their count',
      text: userProfile(nativeWith('IKEv2'), FILTER + FILTER),
      findings: [{ at: { tag: 'TrafficFilter' }, severity: 'information', message: '(2 here)', fixes: [] }],
    },
  ],
});
