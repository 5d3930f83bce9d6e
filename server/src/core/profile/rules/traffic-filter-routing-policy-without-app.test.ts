import { testRule } from '../../testing/ruleTester';
import { trafficFilterRoutingPolicyWithoutApp } from './traffic-filter-routing-policy-without-app';
import { nativeWith, userProfile } from './testing';

const profile = (filter: string) => userProfile(nativeWith('IKEv2'), `  <TrafficFilter>\n${filter}\n  </TrafficFilter>\n`);

testRule(trafficFilterRoutingPolicyWithoutApp, {
  valid: [
    { name: 'with an App', text: profile('    <App>\n      <Id>C:\\Windows\\System32\\mstsc.exe</Id>\n    </App>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>') },
    { name: 'with Claims', text: profile('    <Claims>O:SYG:SYD:(A;;CC;;;AU)</Claims>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>') },
  ],
  invalid: [
    {
      name: 'RoutingPolicyType in a filter without App or Claims: a warning; removing it is a suggestion',
      text: profile('    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>'),
      findings: [
        {
          at: { tag: 'RoutingPolicyType', occurrence: 1 },
          severity: 'warning',
          message: 'no documented effect',
          fixes: [{ title: 'Remove <RoutingPolicyType> from this traffic filter', kind: 'suggestion', output: profile('    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>') }],
        },
      ],
    },
  ],
});
