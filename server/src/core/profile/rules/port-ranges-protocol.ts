// Ports are valid only when the protocol is TCP (6) or UDP (17): the DDF gives LocalPortRanges and RemotePortRanges a
// DependsOn dependency on Protocol [6,17] (VPNv2 CSP TrafficFilterList).
import type { ProfileRule } from '../rule';
import { insertBefore, integerOf, related } from '../helpers';

export const portRangesProtocol: ProfileRule = {
  id: 'profile/port-ranges-protocol',
  defaultSeverity: 'error',
  title: 'Port ranges in a traffic filter without protocol 6 (TCP) or 17 (UDP)',
  docUrl: 'https://learn.microsoft.com/windows/client-management/mdm/vpnv2-csp#deviceprofilenametrafficfilterlisttrafficfilteridlocalportranges',
  check({ profile, report }) {
    for (const filter of profile.elements('TrafficFilter')) {
      const ports = [...filter.childrenNamed('LocalPortRanges'), ...filter.childrenNamed('RemotePortRanges')];
      if (ports.length === 0) continue;
      const protocol = filter.child('Protocol');
      const number = integerOf(protocol);
      if (number === 6 || number === 17) continue;
      if (protocol && number === undefined) continue; // not a number: the catalogue check reports it
      for (const port of ports) {
        if (!protocol) {
          const add = (n: number, name: string) => ({ title: `Add \`<Protocol>${n}</Protocol>\` (${name})`, edits: [insertBefore(profile.text, port, `<Protocol>${n}</Protocol>`)], kind: 'suggestion' as const });
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
