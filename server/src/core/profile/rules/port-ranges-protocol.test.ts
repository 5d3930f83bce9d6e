import { testRule } from '../../testing/ruleTester';
import { portRangesProtocol } from './port-ranges-protocol';
import { nativeWith, userProfile } from './testing';

const profile = (filter: string) => userProfile(nativeWith('IKEv2'), `  <TrafficFilter>\n${filter}\n  </TrafficFilter>\n`);

testRule(portRangesProtocol, {
  valid: [
    { name: 'TCP with ports', text: profile('    <Protocol>6</Protocol>\n    <RemotePortRanges>80,443</RemotePortRanges>') },
    { name: 'UDP with a port range', text: profile('    <Protocol>17</Protocol>\n    <RemotePortRanges>52000-52112</RemotePortRanges>') },
    { name: 'a filter without ports', text: profile('    <Protocol>1</Protocol>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>') },
    { name: "a protocol that is not a number is the catalogue's", text: profile('    <Protocol>TCP</Protocol>\n    <RemotePortRanges>443</RemotePortRanges>') },
  ],
  invalid: [
    {
      name: 'port ranges without a protocol: an error; adding TCP or UDP are suggestions',
      text: profile('    <RemotePortRanges>443</RemotePortRanges>'),
      findings: [
        {
          at: { tag: 'RemotePortRanges' },
          severity: 'error',
          message: 'has no `<Protocol>`',
          fixes: [
            { title: 'Add <Protocol>6</Protocol> (TCP)', kind: 'suggestion', output: profile('    <Protocol>6</Protocol>\n    <RemotePortRanges>443</RemotePortRanges>') },
            { title: 'Add <Protocol>17</Protocol> (UDP)', kind: 'suggestion', output: profile('    <Protocol>17</Protocol>\n    <RemotePortRanges>443</RemotePortRanges>') },
          ],
        },
      ],
    },
    {
      name: 'port ranges with ICMP: an error for each port element, pointing at the protocol',
      text: profile('    <Protocol>1</Protocol>\n    <LocalPortRanges>1000</LocalPortRanges>\n    <RemotePortRanges>443</RemotePortRanges>'),
      findings: [
        { at: { tag: 'LocalPortRanges' }, severity: 'error', message: 'protocol is 1', related: [{ tag: 'Protocol' }], fixes: [] },
        { at: { tag: 'RemotePortRanges' }, severity: 'error', related: [{ tag: 'Protocol' }], fixes: [] },
      ],
    },
  ],
});
