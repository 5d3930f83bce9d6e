// The shape of the knowledge catalogues (ProfileXML and EAP XML). Hovers, completion and the schema checks
// all read these specs, so a fact is written once.

export interface EnumValue {
  /** The documented spelling. */
  readonly value: string;
  /** Other exact spellings found in Microsoft samples or Windows output (e.g. `Eap`, `Ikev2`), accepted silently. */
  readonly spellings?: readonly string[];
  readonly summary: string;
  /** Set when the value is weak or discouraged; the text says why. */
  readonly weak?: string;
  /**
   * The words and numbers the value is made of (`AES_GCM_128`: `aes`, `gcm`, `128`), lowercase: what a misspelt value
   * meant is read from them, never from its spelling's distance (`AES` names every AES value and never `DES`). Values
   * of an enum that has terms are offered only when they carry every term of what was written.
   */
  readonly terms?: readonly string[];
  readonly minWindows?: string;
  /** A minimum version practitioners report where Microsoft gives none, or a later one than Microsoft's. */
  readonly practitionerMinWindows?: PractitionerVersion;
}

/** A minimum Windows version reported by practitioners, with where they say it. */
export interface PractitionerVersion {
  /** As `minWindows` writes versions: `Windows 11 24H2 (10.0.26100)`. */
  readonly version: string;
  /** The public page that says it. */
  readonly source: string;
}

/** Formats of string values; each has a validator in core/values. */
export type StringFormat =
  | 'text'
  | 'fqdn' // one DNS name
  | 'dnsSuffix' // a DNS suffix; a leading dot is allowed
  | 'dnsSuffixList' // comma-separated DNS suffixes
  | 'nrptDomain' // NRPT rule namespace: FQDN, `.suffix`, or `.`
  | 'serverList' // NativeProfile/Servers: comma-separated `server` or `server;FriendlyName`
  | 'serverUrlList' // PluginProfile/ServerUrlList: semicolon-separated names or URLs
  | 'ipAddress'
  | 'ipAddressList' // comma-separated IP addresses
  | 'routeAddress' // Route/Address: IPv4 or IPv6 network address
  | 'portRanges' // `80,443,1000-2000`
  | 'addressRanges' // `10.0.0.0/8,10.1.1.1,10.2.0.1-10.2.0.9`
  | 'thumbprint' // SHA-1 hex, spaces allowed between bytes
  | 'thumbprintList' // several thumbprints (comma- or semicolon-separated)
  | 'oid'
  | 'oidList'
  | 'url'
  | 'hostPort' // proxy `host:port`
  | 'appId' // PackageFamilyName, file path or SYSTEM
  | 'packageFamilyName'
  | 'sddl'
  | 'eapServerNames'; // EAP ServerNames: semicolon-separated names or regular expressions

export type ValueSpec =
  | { readonly kind: 'boolean'; readonly strictLowercaseTrue?: boolean }
  | { readonly kind: 'enum'; readonly values: readonly EnumValue[]; readonly caseSensitive?: boolean }
  | { readonly kind: 'integer'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'string'; readonly format: StringFormat; readonly allowEmpty?: boolean }
  /** Anything goes (for example CustomConfiguration, which holds a vendor's own XML). */
  | { readonly kind: 'any' }
  /** An element that must stay empty (for example SmartCard in EAP-TLS). */
  | { readonly kind: 'empty' };

export interface AttributeSpec {
  readonly name: string;
  readonly summary: string;
  readonly value: ValueSpec;
  readonly defaultValue?: string;
}

export interface ElementSpec {
  /** Local name as Windows expects it (XML names are case-sensitive). */
  readonly name: string;
  /**
   * Namespace URI the element must be in. Undefined for ProfileXML elements (no namespace) and for
   * specs that accept the parent's namespace.
   */
  readonly namespace?: string;
  /** One line, our own words. */
  readonly summary: string;
  /** Further explanation in Markdown: behaviour, pitfalls, related settings. */
  readonly details?: string;
  readonly value?: ValueSpec;
  /** Allowed children, in the order of the published schema. */
  readonly children?: readonly ChildSpec[];
  /** Children not listed are tolerated (xs:any), e.g. vendor extensions. */
  readonly openContent?: boolean;
  readonly attributes?: readonly AttributeSpec[];
  readonly defaultValue?: string;
  /** Minimum Windows version, e.g. "Windows 10 1709 (10.0.16299)". */
  readonly minWindows?: string;
  /** A later minimum version practitioners report for the element than the documented one. */
  readonly practitionerMinWindows?: PractitionerVersion;
  /** CSP node path, e.g. ./Vendor/MSFT/VPNv2/{ProfileName}/NativeProfile/Servers */
  readonly cspPath?: string;
  /** False for elements Windows accepts that the published XSD lacks. */
  readonly inPublishedXsd?: boolean;
  /**
   * A read-only (Get only) CSP node: Windows writes it when it reports a profile back, but it is not a setting, so
   * it is known (not an unknown element) and profile/read-only-element tells what it reflects.
   */
  readonly readOnly?: boolean;
  readonly docUrl?: string;
  /** The subtree below is analysed by another catalogue (EapHostConfig inside ProfileXML). */
  readonly embeds?: 'eap';
  /**
   * Invalid values only warrant a warning: Windows uses the value for an optional behaviour (such as picking a
   * single sign-on certificate) and the rest of the profile still applies.
   */
  readonly lenient?: boolean;
}

export interface ChildSpec {
  readonly spec: ElementSpec;
  readonly min: number;
  /** Use Infinity for unbounded. */
  readonly max: number;
}

/** A completion snippet for a usual block (a route, an NRPT rule, a PEAP-TLS configuration…). */
export interface Snippet {
  readonly label: string;
  readonly description: string;
  /** Local name of the element the block goes into; '' for the root of an empty document. */
  readonly parent: string;
  /** LSP snippet syntax (`${1:placeholder}`). */
  readonly body: string;
}
