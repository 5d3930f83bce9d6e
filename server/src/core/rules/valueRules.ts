// The value rules: one rule per kind of value problem (core/values/validate.ts) and catalogue area, so users tune
// `profile/invalid-boolean` and `eap/invalid-boolean` apart. The catalogue checks (rules/schema.ts) are the shared
// pass that reports them. An area has a rule only for the kinds its catalogue's value specs can produce (a test walks
// both catalogues to keep this true).
import type { CatalogueArea } from '../catalogue/catalogue';
import { SOURCES } from '../sources';
import type { FixKind, Severity } from '../types';
import type { ValueProblemKind } from '../values/validate';
import { eapTlsExample, profileExample } from './examples';
import type { Rule, RuleDocs } from './rule';

export type ValueRule = Rule & { readonly id: `${CatalogueArea}/${ValueProblemKind}` };

interface ValueRuleDefinition {
  readonly severity: Severity;
  readonly title: string;
  readonly fixKinds: readonly FixKind[];
  readonly rationale: string;
  /** The public source of the fact, when it is not the area's reference (VPNv2 CSP, EAP configuration). */
  readonly docUrl?: string;
  /** Per area that produces the kind: an example, or `null` when none fits in a short document. */
  readonly examples: Partial<Record<CatalogueArea, { readonly wrong: string; readonly right: string } | null>>;
}

/** A profile whose single sign-on certificate filter names its issuer by thumbprint. */
function ssoIssuerHashExample(issuerHash: string): string {
  return profileExample({
    inner: [
      '  <DeviceCompliance>',
      '    <Enabled>true</Enabled>',
      '    <Sso>',
      '      <Enabled>true</Enabled>',
      `      <IssuerHash>${issuerHash}</IssuerHash>`,
      '    </Sso>',
      '  </DeviceCompliance>',
    ].join('\n'),
  });
}

const AREA_SOURCE: Readonly<Record<CatalogueArea, string>> = { profile: SOURCES.vpnv2Csp.url, eap: SOURCES.eapConfiguration.url };

const DEFINITIONS: Readonly<Record<ValueProblemKind, ValueRuleDefinition>> = {
  'invalid-boolean': {
    severity: 'error',
    title: 'A boolean element holds something other than true or false',
    fixKinds: ['suggestion'],
    rationale:
      'Boolean elements take `true` or `false` (XML Schema also allows `1` and `0`). Other words are not read as either. ' +
      'Where the word reads like one of them (`yes`, `treu`), the fix offers it; what was meant is a reading of the text, so it is a suggestion.',
    examples: {
      profile: { wrong: profileExample({ inner: '  <AlwaysOn>yes</AlwaysOn>' }), right: profileExample({ inner: '  <AlwaysOn>true</AlwaysOn>' }) },
      eap: { wrong: eapTlsExample({ credentials: '          <SimpleCertSelection>yes</SimpleCertSelection>' }), right: eapTlsExample() },
    },
  },
  'boolean-case': {
    severity: 'warning',
    title: 'A boolean is not written in lowercase',
    fixKinds: ['safe'],
    rationale: 'XML Schema booleans are `true`, `false`, `1` and `0`: `True` is not among them, and Windows exports lowercase. Lowercasing the word is the one repair (safe).',
    examples: {
      profile: { wrong: profileExample({ inner: '  <DeviceTunnel>False</DeviceTunnel>' }), right: profileExample({ inner: '  <DeviceTunnel>false</DeviceTunnel>' }) },
      eap: { wrong: eapTlsExample({ credentials: '          <SimpleCertSelection>True</SimpleCertSelection>' }), right: eapTlsExample() },
    },
  },
  'lowercase-true-required': {
    severity: 'error',
    title: 'AlwaysOn and RememberCredentials must be exactly lowercase `true`',
    fixKinds: ['safe'],
    docUrl: SOURCES.clientConnections.url,
    rationale:
      "Microsoft's Always On VPN client deployment guide warns that any casing of `true` other than lowercase in `<AlwaysOn>` and `<RememberCredentials>` results in a partial configuration of the VPN profile. " +
      'Writing it lowercase restores what Windows requires (safe).',
    examples: {
      profile: { wrong: profileExample({ inner: '  <AlwaysOn>True</AlwaysOn>' }), right: profileExample({ inner: '  <AlwaysOn>true</AlwaysOn>' }) },
    },
  },
  'invalid-enum-value': {
    severity: 'error',
    title: 'A value is not one of the allowed values',
    fixKinds: ['safe', 'suggestion'],
    rationale:
      'The element takes one of the values the VPNv2 CSP lists (the message names them). Where a value of a case-sensitive list differs only in case, the fix restores the spelling (safe). ' +
      'Otherwise it offers the nearest spelling, which may not be what was meant (`AES` is closer to `DES` than to `AES256`): a suggestion.',
    examples: {
      profile: { wrong: profileExample({ native: '    <NativeProtocolType>IKEv3</NativeProtocolType>' }), right: profileExample({ native: '    <NativeProtocolType>IKEv2</NativeProtocolType>' }) },
    },
  },
  'enum-case': {
    severity: 'hint',
    title: 'A value differs from its documented spelling only in case',
    fixKinds: ['safe'],
    rationale:
      'Microsoft documents `EAP` and `IKEv2`, yet its own samples write `Eap` and Windows reads profiles back with `Ikev2` and `Eap`: these values are evidently read without regard to case (an inference; no page states it). The hint offers the documented spelling for consistency (safe: only the case changes).',
    examples: {
      profile: {
        wrong: profileExample({ native: '    <RoutingPolicyType>splittunnel</RoutingPolicyType>' }),
        right: profileExample({ native: '    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>' }),
      },
    },
  },
  'invalid-integer': {
    severity: 'error',
    title: 'A number element does not hold a whole number',
    fixKinds: [],
    rationale: 'The element takes a whole number (a prefix length, a metric, a time). Text or a decimal fraction is not read; which number was meant is yours to say.',
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>eight</PrefixSize>\n  </Route>' }),
        right: profileExample({ inner: '  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>8</PrefixSize>\n  </Route>' }),
      },
      eap: { wrong: eapTlsExample({ methodType: 'thirteen' }), right: eapTlsExample() },
    },
  },
  'integer-out-of-range': {
    severity: 'error',
    title: 'A number is outside its allowed range',
    fixKinds: [],
    rationale: 'The element takes a number within the range the documentation gives (the message names it). A value outside it is not valid; which one was meant is yours to say.',
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>300</PrefixSize>\n  </Route>' }),
        right: profileExample({ inner: '  <Route>\n    <Address>10.0.0.0</Address>\n    <PrefixSize>8</PrefixSize>\n  </Route>' }),
      },
      eap: { wrong: eapTlsExample({ methodType: '256' }), right: eapTlsExample() },
    },
  },
  'empty-value': {
    severity: 'warning',
    title: 'An element that needs a value is empty',
    fixKinds: [],
    rationale: 'An empty element that takes a value says nothing: give it the value or remove it. Removing it would delete what someone wrote, so there is no fix.',
    examples: {
      profile: { wrong: profileExample({ inner: '  <DnsSuffix></DnsSuffix>' }), right: profileExample({ inner: '  <DnsSuffix>corp.example.net</DnsSuffix>' }) },
      eap: {
        wrong: eapTlsExample({ validation: '          <ServerNames>nps.example.net</ServerNames>\n          <TrustedRootCA></TrustedRootCA>' }),
        right: eapTlsExample({
          validation: '          <ServerNames>nps.example.net</ServerNames>\n          <TrustedRootCA>d2 d3 8e ba 60 ca a1 c1 20 55 a2 e1 c8 3b 15 ad 45 01 10 c2</TrustedRootCA>',
        }),
      },
    },
  },
  'invalid-dns-name': {
    severity: 'error',
    title: 'A DNS name is malformed (empty label, bad characters, too long)',
    fixKinds: ['suggestion'],
    rationale:
      'A DNS name is labels of letters, digits and hyphens separated by single dots, at most 63 characters a label and 253 in all. An empty label (`contoso..com`, as in a Microsoft sample) makes the name unusable. ' +
      'Removing the extra dot is offered as a suggestion, since a label may have been lost instead.',
    examples: {
      profile: { wrong: profileExample({ inner: '  <DnsSuffix>corp..example.net</DnsSuffix>' }), right: profileExample({ inner: '  <DnsSuffix>corp.example.net</DnsSuffix>' }) },
    },
  },
  'invalid-ip-address': {
    severity: 'error',
    title: 'An IP address is malformed',
    fixKinds: ['suggestion'],
    rationale:
      'The element takes an IPv4 or IPv6 address. An IPv4 octet with a leading zero (`010.0.0.1`) is read as octal by some Windows components, so the address used may not be the one written; ' +
      'rewriting it in decimal changes where traffic goes in those components, so the fix is a suggestion.',
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <Route>\n    <Address>10.0.0.256</Address>\n    <PrefixSize>32</PrefixSize>\n  </Route>' }),
        right: profileExample({ inner: '  <Route>\n    <Address>10.0.0.25</Address>\n    <PrefixSize>32</PrefixSize>\n  </Route>' }),
      },
    },
  },
  'invalid-port-range': {
    severity: 'error',
    title: 'A port or port range is malformed',
    fixKinds: ['safe'],
    rationale:
      'Port lists take ports (0–65535) and ranges (`1000-2000`) separated by commas. A range written backwards has one reading, so swapping its ends is safe; other mistakes are yours to correct.',
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <TrafficFilter>\n    <Protocol>6</Protocol>\n    <RemotePortRanges>70000</RemotePortRanges>\n  </TrafficFilter>' }),
        right: profileExample({ inner: '  <TrafficFilter>\n    <Protocol>6</Protocol>\n    <RemotePortRanges>443</RemotePortRanges>\n  </TrafficFilter>' }),
      },
    },
  },
  'invalid-address-range': {
    severity: 'error',
    title: 'An address, prefix or address range is malformed',
    fixKinds: [],
    rationale:
      "Address lists take addresses, prefixes (`10.0.0.0/8`) and ranges (`10.0.0.1-10.0.0.9`) separated by commas; a prefix length beyond the address family's or a reversed range is not valid.",
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.0/40</RemoteAddressRanges>\n  </TrafficFilter>' }),
        right: profileExample({ inner: '  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n  </TrafficFilter>' }),
      },
    },
  },
  'list-spacing': {
    severity: 'warning',
    title: 'A separated list contains spaces',
    fixKinds: ['safe'],
    rationale:
      "These lists are written without spaces (Microsoft's own device tunnel sample has `10.10.0.2, 10.10.0.3`); a space can end up as part of the next entry. Removing it is the one repair (safe).",
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <DnsSuffix>corp.example.net, lab.example.net</DnsSuffix>' }),
        right: profileExample({ inner: '  <DnsSuffix>corp.example.net,lab.example.net</DnsSuffix>' }),
      },
    },
  },
  'list-separator': {
    severity: 'warning',
    title: 'A list uses the wrong separator',
    fixKinds: ['suggestion'],
    rationale:
      'Each list has its separator (commas for DNS suffixes and addresses, semicolons for plug-in server URLs). The other one is not a separator there. Replacing it rewrites the whole value, so it is a suggestion.',
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <DnsSuffix>corp.example.net;lab.example.net</DnsSuffix>' }),
        right: profileExample({ inner: '  <DnsSuffix>corp.example.net,lab.example.net</DnsSuffix>' }),
      },
    },
  },
  'empty-list-item': {
    severity: 'warning',
    title: 'A list has an empty entry',
    fixKinds: ['safe'],
    rationale: 'Two separators in a row, or one at an end, make an empty entry. Removing the extra separator deletes nothing that was written (safe).',
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <DnsSuffix>corp.example.net,,lab.example.net</DnsSuffix>' }),
        right: profileExample({ inner: '  <DnsSuffix>corp.example.net,lab.example.net</DnsSuffix>' }),
      },
    },
  },
  'invalid-thumbprint': {
    severity: 'error',
    title: 'A certificate thumbprint is malformed',
    fixKinds: ['safe'],
    rationale:
      'A thumbprint here is a SHA-1 hash: 40 hexadecimal characters, spaces allowed between bytes. A SHA-256 thumbprint or a cut-off one matches no certificate. ' +
      'Invisible characters copied from the Windows certificate dialog make it invalid too; removing them is the one repair (safe).',
    examples: {
      profile: {
        wrong: profileExample({
          inner: '  <DeviceCompliance>\n    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <IssuerHash>d2 d3 8e</IssuerHash>\n    </Sso>\n  </DeviceCompliance>',
        }),
        right: profileExample({
          inner:
            '  <DeviceCompliance>\n    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <IssuerHash>d2d38eba60caa1c12055a2e1c83b15ad450110c2</IssuerHash>\n    </Sso>\n  </DeviceCompliance>',
        }),
      },
      eap: {
        wrong: eapTlsExample({ validation: '          <ServerNames>nps.example.net</ServerNames>\n          <TrustedRootCA>d2 d3 8e</TrustedRootCA>' }),
        right: eapTlsExample({
          validation: '          <ServerNames>nps.example.net</ServerNames>\n          <TrustedRootCA>d2 d3 8e ba 60 ca a1 c1 20 55 a2 e1 c8 3b 15 ad 45 01 10 c2 </TrustedRootCA>',
        }),
      },
    },
  },
  'thumbprint-format': {
    severity: 'information',
    title: 'A thumbprint uses unusual separators',
    fixKinds: ['safe'],
    rationale:
      'Windows writes thumbprints as hex byte pairs separated by spaces, or as 40 hex characters. Colons or dashes between bytes are rewritten in the spaced form; the hash stays the same (safe).',
    examples: {
      eap: {
        wrong: eapTlsExample({
          validation: '          <ServerNames>nps.example.net</ServerNames>\n          <TrustedRootCA>d2:d3:8e:ba:60:ca:a1:c1:20:55:a2:e1:c8:3b:15:ad:45:01:10:c2</TrustedRootCA>',
        }),
        right: eapTlsExample({
          validation: '          <ServerNames>nps.example.net</ServerNames>\n          <TrustedRootCA>d2 d3 8e ba 60 ca a1 c1 20 55 a2 e1 c8 3b 15 ad 45 01 10 c2</TrustedRootCA>',
        }),
      },
      // The single sign-on certificate's issuer (DeviceCompliance/Sso/IssuerHash).
      profile: { wrong: ssoIssuerHashExample('d2:d3:8e:ba:60:ca:a1:c1:20:55:a2:e1:c8:3b:15:ad:45:01:10:c2'), right: ssoIssuerHashExample('d2d38eba60caa1c12055a2e1c83b15ad450110c2') },
    },
  },
  'invalid-oid': {
    severity: 'error',
    title: 'An object identifier (OID) is malformed',
    fixKinds: [],
    rationale: 'An EKU is named by its object identifier, numbers separated by dots (`1.3.6.1.5.5.7.3.2`). Text such as a placeholder ("This is my Eku" in a Microsoft sample) matches no certificate.',
    examples: {
      profile: {
        wrong: profileExample({
          inner: '  <DeviceCompliance>\n    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <Eku>This is my Eku</Eku>\n    </Sso>\n  </DeviceCompliance>',
        }),
        right: profileExample({
          inner: '  <DeviceCompliance>\n    <Enabled>true</Enabled>\n    <Sso>\n      <Enabled>true</Enabled>\n      <Eku>1.3.6.1.5.5.7.3.2</Eku>\n    </Sso>\n  </DeviceCompliance>',
        }),
      },
    },
  },
  'invalid-url': {
    severity: 'warning',
    title: 'A URL is malformed',
    fixKinds: [],
    rationale: 'The element takes a full URL (`http://proxy.example.net/proxy.pac`); a bare host name is not one.',
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <Proxy>\n    <AutoConfigUrl>wpad</AutoConfigUrl>\n  </Proxy>' }),
        right: profileExample({ inner: '  <Proxy>\n    <AutoConfigUrl>http://wpad.example.net/wpad.dat</AutoConfigUrl>\n  </Proxy>' }),
      },
    },
  },
  'invalid-host-port': {
    severity: 'warning',
    title: 'A proxy server is not in host:port form',
    fixKinds: [],
    rationale: 'A manual proxy is written `host:port` (`proxy.example.net:8080`).',
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <Proxy>\n    <Manual>\n      <Server>proxy.example.net</Server>\n    </Manual>\n  </Proxy>' }),
        right: profileExample({ inner: '  <Proxy>\n    <Manual>\n      <Server>proxy.example.net:8080</Server>\n    </Manual>\n  </Proxy>' }),
      },
    },
  },
  'invalid-app-id': {
    severity: 'warning',
    title: 'An app identifier is neither a package family name, a path nor SYSTEM',
    fixKinds: ['safe'],
    rationale:
      'Apps are named by their package family name (`Name_publisherid`), a full program path, or `SYSTEM` for kernel-mode traffic. A bare program name matches nothing. `system` in lowercase is rewritten `SYSTEM` (safe).',
    examples: {
      profile: {
        wrong: profileExample({ inner: '  <TrafficFilter>\n    <App>\n      <Id>notepad.exe</Id>\n    </App>\n  </TrafficFilter>' }),
        right: profileExample({ inner: '  <TrafficFilter>\n    <App>\n      <Id>C:\\Windows\\System32\\notepad.exe</Id>\n    </App>\n  </TrafficFilter>' }),
      },
    },
  },
  'invalid-sddl': {
    severity: 'warning',
    title: 'A claim is not an SDDL string',
    fixKinds: [],
    rationale: 'The element takes a security descriptor in SDDL form (`O:SYG:SYD:(A;;CC;;;AU)`).',
    examples: { profile: null },
  },
  'server-names-separator': {
    severity: 'warning',
    title: 'EAP ServerNames must be separated by `;` without spaces',
    fixKinds: ['safe', 'suggestion'],
    docUrl: SOURCES.eapTlsServerNames.url,
    rationale:
      'The NPS server names in `ServerNames` are separated by semicolons. With a space or a comma in the list no name matches the NPS certificate, and users get the "Continue connecting?" prompt, or the connection fails when prompting is disabled. ' +
      'Removing spaces around `;` is safe; turning a comma into `;` is a suggestion, since a comma can belong to a regular expression.',
    examples: {
      eap: {
        wrong: eapTlsExample({ validation: '          <ServerNames>nps1.example.net; nps2.example.net</ServerNames>' }),
        right: eapTlsExample({ validation: '          <ServerNames>nps1.example.net;nps2.example.net</ServerNames>' }),
      },
    },
  },
  'unexpected-content': {
    severity: 'error',
    title: 'An element that must be empty has content',
    fixKinds: [],
    rationale: 'Some elements are markers that must stay empty (`<SmartCard/>` in EAP-TLS); content inside them does not validate against the schema.',
    examples: {
      eap: {
        wrong: eapTlsExample({ credentials: '          <SimpleCertSelection>true</SimpleCertSelection>' }).replace('<CertificateStore>', '<SmartCard>yes</SmartCard>\n          <CertificateStore>'),
        right: eapTlsExample(),
      },
    },
  },
};

function valueRule(area: CatalogueArea, kind: ValueProblemKind, definition: ValueRuleDefinition): ValueRule {
  const example = definition.examples[area];
  const docs: RuleDocs = example ? { rationale: definition.rationale, wrong: example.wrong, right: example.right } : { rationale: definition.rationale };
  return {
    id: `${area}/${kind}`,
    defaultSeverity: definition.severity,
    title: definition.title,
    docUrl: definition.docUrl ?? AREA_SOURCE[area],
    fixKinds: definition.fixKinds,
    docs,
  };
}

/** The value rules of each area: a rule for every kind the area's catalogue can produce (`examples` lists the areas). */
const RULES = new Map<string, ValueRule>(
  (Object.entries(DEFINITIONS) as [ValueProblemKind, ValueRuleDefinition][]).flatMap(([kind, definition]) =>
    (['profile', 'eap'] as const).filter((area) => area in definition.examples).map((area) => [`${area}/${kind}`, valueRule(area, kind, definition)] as const),
  ),
);

/** The rule a value problem of `kind` reports under in `area`. */
export function valueRuleMeta(area: CatalogueArea, kind: ValueProblemKind): ValueRule {
  const rule = RULES.get(`${area}/${kind}`);
  if (!rule) throw new Error(`${area}/${kind} is not a rule: the ${area} catalogue was not expected to produce ${kind} problems`);
  return rule;
}

/** Every value rule, sorted by ID. */
export const valueRules: readonly ValueRule[] = [...RULES.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
