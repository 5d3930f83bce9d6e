// Catalogue rules through the rule tester: cases the catalogue pass handles beyond plain element lookups.
import { NS } from '../eap/namespaces';
import { eapDocument, innerEap, peapEapType, tlsEapType } from '../eap/rules/examples';
import { userProfile, nativeWith } from '../profile/rules/testing';
import { testRule } from '../testing/ruleTester';
import { schemaRuleMeta } from './schema';

const list = (dns: string) => `  <DomainNameInformationList>\n    <DomainName>.corp.example.net</DomainName>\n    <${dns}>10.0.0.10</${dns}>\n  </DomainNameInformationList>\n`;
const nrpt = (dns: string) => `  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <${dns}>10.0.0.10</${dns}>\n  </DomainNameInformation>\n`;

testRule(schemaRuleMeta('profile', 'element-name-case'), {
  valid: [
    { name: 'documented names', text: userProfile(nativeWith('IKEv2'), nrpt('DnsServers')) },
    { name: 'correctly spelled entries inside a CSP list node', text: userProfile(nativeWith('IKEv2'), list('DnsServers')) },
    { name: 'an unknown name inside a CSP list node is not a case variant', text: userProfile(nativeWith('IKEv2'), list('DnsServer')) },
  ],
  invalid: [
    {
      name: 'a name that differs only in case: a safe rename of both tags',
      text: userProfile(nativeWith('IKEv2'), nrpt('DNSServers')),
      findings: [
        {
          at: { tag: 'DNSServers' },
          severity: 'warning',
          message: 'the documented element is `<DnsServers>`, not `<DNSServers>`',
          fixes: [{ title: 'Rename to <DnsServers>', kind: 'safe', output: userProfile(nativeWith('IKEv2'), nrpt('DnsServers')) }],
        },
      ],
    },
    {
      name: "inside a CSP list node written as an element (Microsoft's SyncML example), entries are compared with the entry element",
      text: userProfile(nativeWith('IKEv2'), list('DNSServers')),
      findings: [
        {
          at: { tag: 'DNSServers' },
          severity: 'warning',
          message: 'the documented element is `<DnsServers>`, not `<DNSServers>`',
          fixes: [{ title: 'Rename to <DnsServers>', kind: 'safe', output: userProfile(nativeWith('IKEv2'), list('DnsServers')) }],
        },
      ],
    },
  ],
});

// Each EAP schema spells its own names, per namespace: MS-CHAPv2 says `UseWinLogonCredentials`
// (https://learn.microsoft.com/windows/win32/eaphost/mschapv2connectionpropertiesv1schema-eaptype-element), the EAP-TTLS
// schema `UseWinlogonCredentials` (eapttlsconnectionpropertiesv1schema-mschapv2authenticationparameters-complextype).
const mschapv2 = (inner: string) => eapDocument(peapEapType({ inner: innerEap(26, `<EapType xmlns="${NS.msChapV2}">\n  ${inner}\n</EapType>`) }), { methodType: 25 });

testRule(schemaRuleMeta('eap', 'element-name-case'), {
  valid: [
    { name: 'the MS-CHAPv2 spelling in the MS-CHAPv2 namespace', text: mschapv2('<UseWinLogonCredentials>false</UseWinLogonCredentials>') },
    // The MS-CHAPv2 EapType admits other namespaces' elements (xs:any ##other): the TTLS spelling in its own namespace is not a case variant.
    { name: 'the TTLS spelling in the TTLS namespace (open content)', text: mschapv2(`<UseWinlogonCredentials xmlns="${NS.ttls}">false</UseWinlogonCredentials>`) },
  ],
  invalid: [
    {
      name: 'the TTLS spelling in the MS-CHAPv2 namespace, where the EapType takes other content only from other namespaces: a safe rename',
      text: mschapv2('<UseWinlogonCredentials>false</UseWinlogonCredentials>'),
      findings: [
        {
          at: { tag: 'UseWinlogonCredentials' },
          severity: 'warning',
          message: 'the documented element is `<UseWinLogonCredentials>`, not `<UseWinlogonCredentials>` (in this namespace)',
          fixes: [{ title: 'Rename to <UseWinLogonCredentials>', kind: 'safe', output: mschapv2('<UseWinLogonCredentials>false</UseWinLogonCredentials>') }],
        },
      ],
    },
    {
      name: 'a case variant inside a closed element is reported the same way',
      text: eapDocument(tlsEapType()).replace(/DifferentUsername/g, 'DifferentUserName'),
      findings: [{ at: { tag: 'DifferentUserName' }, severity: 'warning', fixes: [{ title: 'Rename to <DifferentUsername>', kind: 'safe', output: eapDocument(tlsEapType()) }] }],
    },
  ],
});
