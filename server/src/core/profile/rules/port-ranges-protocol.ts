// "Ports are only valid when the protocol is set to TCP=6 or UDP=17" (VPNv2 CSP LocalPortRanges and
// RemotePortRanges). Which protocol the rule means is the administrator's choice: both are offered as suggestions.
import type { ProfileRule } from '../rule';
import { cspSection, insertBefore, related } from '../helpers';
import { integerValue } from '../../xml/edits';

export const portRangesProtocol: ProfileRule = {
  id: 'profile/port-ranges-protocol',
  defaultSeverity: 'error',
  title: 'Port ranges in a traffic filter without protocol 6 (TCP) or 17 (UDP)',
  docUrl: cspSection('deviceprofilenametrafficfilterlisttrafficfilteridlocalportranges'),
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      "Ports exist only for TCP and UDP: the VPNv2 CSP states that `<LocalPortRanges>` and `<RemotePortRanges>` are valid only when the rule's `<Protocol>` is 6 (TCP) or 17 (UDP). " +
      'A rule with ports and no protocol, or with another protocol, does not describe the traffic it seems to. When the protocol is missing, adding TCP or UDP is offered; which one is yours to choose.',
    wrong:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <RemotePortRanges>443</RemotePortRanges>\n  </TrafficFilter>\n</VPNProfile>\n',
    right:
      '<VPNProfile>\n  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>\n  <TrafficFilter>\n    <Protocol>6</Protocol>\n    <RemotePortRanges>443</RemotePortRanges>\n  </TrafficFilter>\n</VPNProfile>\n',
  },
  check({ profile, report }) {
    for (const filter of profile.elements('TrafficFilter')) {
      const ports = [...filter.childrenNamed('LocalPortRanges'), ...filter.childrenNamed('RemotePortRanges')];
      if (ports.length === 0) continue;
      const protocol = filter.child('Protocol');
      const number = integerValue(protocol);
      if (number === 6 || number === 17) continue;
      if (protocol && number === undefined) continue; // not a number: the catalogue check reports it
      for (const port of ports) {
        if (!protocol) {
          const add = (n: number, name: string) => ({
            title: `Add <Protocol>${n}</Protocol> (${name})`,
            edits: [insertBefore(profile.text, port, `<Protocol>${n}</Protocol>`)],
            kind: 'suggestion' as const,
          });
          report({
            range: port.nameRange,
            message: `Ports only mean something for TCP or UDP, and this rule has no \`<Protocol>\`: the CSP accepts \`<${port.localName}>\` only with protocol 6 (TCP) or 17 (UDP). Add the protocol.`,
            fixes: [add(6, 'TCP'), add(17, 'UDP')],
          });
        } else {
          report({
            range: port.nameRange,
            message: `Ports only mean something for TCP (6) or UDP (17), but this rule's protocol is ${number}. Remove \`<${port.localName}>\` or change the protocol.`,
            related: [related(protocol, `protocol ${number}`)],
          });
        }
      }
    }
  },
};
