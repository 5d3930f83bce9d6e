// The EapHostConfig catalogue: the EAPHost wrapper and the connection-property schemas of Microsoft's EAP-TLS,
// PEAP and EAP-MSCHAPv2 methods, with the exact namespace of every element.
// Structure, occurrences and order follow the Microsoft EAPHost schema pages (https://learn.microsoft.com/windows/win32/eaphost/);
// meanings follow those pages, the Windows Server "EAP for network access" page and [MS-GPWL] 2.2.3.2.x.
import { buildCatalogue } from '../catalogue/catalogue';
import type { AttributeSpec, ChildSpec, ElementSpec, ValueSpec } from '../catalogue/types';
import { NS } from './namespaces';

const WIN32 = 'https://learn.microsoft.com/windows/win32/eaphost/';
const NETWORK_ACCESS = 'https://learn.microsoft.com/windows-server/networking/technologies/extensible-authentication-protocol/network-access';
const EAP_CONFIGURATION = 'https://learn.microsoft.com/windows/client-management/mdm/eap-configuration';
const GPWL_PEAP = 'https://learn.microsoft.com/openspecs/windows_protocols/ms-gpwl/c255c951-5e31-4a8d-b7c0-0b78a71da125';

const WINDOWS_7 = 'Windows 7';
const WINDOWS_8 = 'Windows 8';

const BOOLEAN: ValueSpec = { kind: 'boolean' };
const UNSIGNED_INT: ValueSpec = { kind: 'integer', min: 0, max: 4294967295 };
const EAP_TYPE_NUMBER: ValueSpec = { kind: 'integer', min: 0, max: 255 };
const THUMBPRINT: ValueSpec = { kind: 'string', format: 'thumbprint' };

const one = (spec: ElementSpec): ChildSpec => ({ spec, min: 1, max: 1 });
const optional = (spec: ElementSpec): ChildSpec => ({ spec, min: 0, max: 1 });
const any = (spec: ElementSpec): ChildSpec => ({ spec, min: 0, max: Infinity });

const enabledAttribute = (what: string): AttributeSpec => ({
  name: 'Enabled',
  summary: `\`true\` switches ${what} on. When the attribute is missing the schema default \`false\` applies and the list is ignored.`,
  value: BOOLEAN,
  defaultValue: 'false',
});

// ---- EapMethod -------------------------------------------------------------------------------------

const methodTypeSpec: ElementSpec = {
  name: 'Type',
  namespace: NS.eapCommon,
  summary: 'The EAP method number EAPHost loads: 13 = EAP-TLS, 25 = PEAP, 26 = EAP-MSCHAPv2.',
  details:
    "The IANA EAP type number of the outer method. Windows ships EAP-TLS (13), EAP-SIM (18), EAP-TTLS (21), EAP-AKA (23), PEAP (25), EAP-MSCHAPv2 (26), EAP-AKA' (50) and TEAP (55). " +
    'Always On VPN user tunnels use 25 (PEAP, usually with EAP-TLS inside: "PEAP-TLS") or 13 (EAP-TLS).\n\n' +
    'It must equal `Config/Eap/Type`. The VPNv2 CSP text lists 27 for PEAP; that is a documentation error, PEAP is 25. ' +
    'A number with no installed method makes the connection fail with error 850 (EAP method not installed).',
  value: EAP_TYPE_NUMBER,
  docUrl: WIN32 + 'eapcommonschema-type-eapmethodtype-element',
};

const vendorIdSpec: ElementSpec = {
  name: 'VendorId',
  namespace: NS.eapCommon,
  summary: 'Vendor of an expanded EAP method; 0 for the EAP-TLS, PEAP and EAP-MSCHAPv2 methods built into Windows.',
  value: UNSIGNED_INT,
  defaultValue: '0',
  docUrl: WIN32 + 'eapcommonschema-vendorid-eapmethodtype-element',
};

const vendorTypeSpec: ElementSpec = {
  name: 'VendorType',
  namespace: NS.eapCommon,
  summary: 'Vendor-specific method type of an expanded EAP method; 0 for the methods built into Windows.',
  value: UNSIGNED_INT,
  defaultValue: '0',
  docUrl: WIN32 + 'eapcommonschema-vendortype-eapmethodtype-element',
};

const authorIdSpec: ElementSpec = {
  name: 'AuthorId',
  namespace: NS.eapCommon,
  summary: 'Identifies who wrote the EAP method implementation; 0 for the EAP-TLS, PEAP and EAP-MSCHAPv2 methods built into Windows.',
  details: "Microsoft's certificate-filtering sample notes that VendorId, VendorType and AuthorId are always 0 for Microsoft EAP-TLS; they matter for third-party methods.",
  value: UNSIGNED_INT,
  docUrl: WIN32 + 'eapcommonschema-authorid-eapmethodtype-element',
};

const eapMethodSpec: ElementSpec = {
  name: 'EapMethod',
  namespace: NS.eapHostConfig,
  summary: 'Which EAP method this configuration is for (type number and author).',
  details: 'Its children are in the `http://www.microsoft.com/provisioning/EapCommon` namespace, which Windows exports as an `xmlns` on each of them.',
  children: [one(methodTypeSpec), optional(vendorIdSpec), optional(vendorTypeSpec), one(authorIdSpec)],
  docUrl: WIN32 + 'eaphostconfigschema-eapmethod-eaphostconfig-element',
};

// ---- Server validation (shared shape, method-specific namespace) -------------------------------------

function serverValidationChildren(namespace: string, method: 'EAP-TLS' | 'PEAP'): ChildSpec[] {
  const page = method === 'PEAP' ? 'mspeapconnectionpropertiesv1schema-' : 'eaptlsconnectionpropertiesv1schema-';
  const disablePrompt: ElementSpec = {
    name: 'DisableUserPromptForServerValidation',
    namespace,
    summary: '`true`: never ask the user to trust an unknown server or CA; validation failures simply fail the connection.',
    details:
      (method === 'PEAP'
        ? 'Windows UI: PEAP properties, "Notifications before connecting" = "Don\'t ask user to authorize new servers or trusted CAs" (`true`). With `false` and `PeapExtensionsV2/AllowPromptingWhenServerCANotFound`, the user is also asked when the root CA is not installed at all.\n\n'
        : 'Windows UI: "Don\'t prompt user to authorize new servers or trusted certification authorities".\n\n') +
      'With `false`, a user who meets a server that does not match `ServerNames`/`TrustedRootCA` is asked whether to continue ("Continue connecting? We don\'t have enough info to validate the server"). ' +
      'An attacker posing as the NPS server relies on that click to collect credentials, so Microsoft recommends `true`. ' +
      'Set `ServerNames` and `TrustedRootCA` correctly first: with `true`, a mismatch makes the connection fail instead of prompting.',
    value: BOOLEAN,
    docUrl: WIN32 + page + 'disableuserpromptforservervalidation-servervalidationparameters-element',
  };
  const serverNames: ElementSpec = {
    name: 'ServerNames',
    namespace,
    summary: 'NPS server names the client accepts, separated by `;` ("Connect to these servers"); empty = any name.',
    details:
      'Write each name exactly as it appears in the subject of the NPS server certificate (practitioners report that subject alternative names match too); separate several servers with `;` and no spaces. ' +
      "Microsoft's schema page says each entry may be a regular expression, e.g. `nps.*\\.example\\.com`.\n\n" +
      'Empty means no name restriction: any certificate from an accepted root CA is trusted. ' +
      'Windows 11 21H2 (build 22000) compared the names case-sensitively; 22H2 (build 22621) went back to case-insensitive matching, so write names exactly as in the certificate. ' +
      'A name that does not match gives the "Continue connecting?" prompt, or a failed connection when prompting is disabled. ' +
      'When you add an NPS server, put its name here and deploy the updated configuration before the VPN servers start sending requests to it.',
    value: { kind: 'string', format: 'eapServerNames', allowEmpty: true },
    docUrl: WIN32 + page + 'servernames-servervalidationparameters-element',
  };
  const trustedRootCa: ElementSpec = {
    name: 'TrustedRootCA',
    namespace,
    summary: 'SHA-1 thumbprint of a root CA trusted to issue the NPS server certificate ("Trusted Root Certification Authorities"); repeat for several roots.',
    details:
      "Windows exports it as lowercase hex byte pairs separated by spaces, with a trailing space (`d2 d3 8e … c2 `). It is the thumbprint of the **root** CA at the top of the NPS certificate's chain, not of the NPS certificate, an issuing CA or (with Conditional Access) the cloud root, and the root must be installed in the client's Trusted Root Certification Authorities store, otherwise authentication fails.\n\n" +
      'Windows 11 trusts the NPS certificate only if its root\'s thumbprint is listed here (or the user accepted that server certificate at a prompt, which adds it to the profile); Windows 10 could in some cases accept any root in the trusted store, so configurations without a thumbprint can start failing after an upgrade. A wrong or missing thumbprint shows up as error 864 or the "Continue connecting?" prompt.',
    value: THUMBPRINT,
    docUrl: WIN32 + page + 'trustedrootca-servervalidationparameters-element',
  };
  return [optional(disablePrompt), optional(serverNames), any(trustedRootCa)];
}

// ---- EAP-TLS ---------------------------------------------------------------------------------------

const smartCardSpec: ElementSpec = {
  name: 'SmartCard',
  namespace: NS.tlsV1,
  summary: 'Take the certificate from a smart card ("Use my smart card"). The element stays empty.',
  value: { kind: 'empty' },
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv1schema-smartcard-credentialssourceparameters-element',
};

const simpleCertSelectionSpec: ElementSpec = {
  name: 'SimpleCertSelection',
  namespace: NS.tlsV1,
  summary: '`true` (or absent): Windows picks the certificate itself when it can; `false`: the user is always asked to choose one.',
  details:
    'Windows UI: "Use simple certificate selection (Recommended)". For an Always On user tunnel, a certificate prompt means the tunnel does not come up on its own; keep it `true` and narrow the choice with `TLSExtensions/FilteringInfo` when users hold several client certificates.',
  value: BOOLEAN,
  defaultValue: 'true',
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv1schema-simplecertselection-certselection-element',
};

const certificateStoreSpec: ElementSpec = {
  name: 'CertificateStore',
  namespace: NS.tlsV1,
  summary: 'Take the certificate from the Windows certificate store ("Use a certificate on this computer").',
  children: [optional(simpleCertSelectionSpec)],
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv1schema-certificatestore-credentialssourceparameters-element',
};

const credentialsSourceSpec: ElementSpec = {
  name: 'CredentialsSource',
  namespace: NS.tlsV1,
  summary: 'Where the client certificate comes from: `SmartCard` or `CertificateStore` (one of the two).',
  children: [optional(smartCardSpec), optional(certificateStoreSpec)],
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv1schema-credentialssource-eaptype-element',
};

const tlsServerValidationSpec: ElementSpec = {
  name: 'ServerValidation',
  namespace: NS.tlsV1,
  summary: 'How EAP-TLS checks the NPS server certificate: prompting, accepted server names and trusted root CAs.',
  children: serverValidationChildren(NS.tlsV1, 'EAP-TLS'),
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv1schema-servervalidation-eaptype-element',
};

const differentUsernameSpec: ElementSpec = {
  name: 'DifferentUsername',
  namespace: NS.tlsV1,
  summary: '`true`: send an EAP identity different from the name in the certificate ("Use a different user name for the connection").',
  details: "With `false` the identity comes from the certificate's subject alternative name.",
  value: BOOLEAN,
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv1schema-differentusername-eaptype-element',
};

const tlsPerformServerValidationSpec: ElementSpec = {
  name: 'PerformServerValidation',
  namespace: NS.tlsV2,
  summary: 'Whether the client validates the NPS server certificate ("Verify the server\'s identity by validating the certificate").',
  details: 'With `false` the client cannot tell the real NPS server from an impostor; Microsoft warns that users are then exposed to severe security risks. Keep `true`.',
  value: BOOLEAN,
  minWindows: WINDOWS_7,
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv1schema-performservervalidation-peapextensionstype-element',
};

const tlsAcceptServerNameSpec: ElementSpec = {
  name: 'AcceptServerName',
  namespace: NS.tlsV2,
  summary: 'Whether the NPS server name is checked against `ServerValidation/ServerNames`.',
  value: BOOLEAN,
  minWindows: WINDOWS_7,
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv2schema-acceptservername-eaptype-element',
};

function ekuPairChildren(purpose: 'map' | 'list'): ChildSpec[] {
  const page = purpose === 'map' ? 'eaptlsconnectionpropertiesv3schema-ekumappair-complextype' : 'eaptlsconnectionpropertiesv3schema-ekulistpair-complextype';
  const name: ElementSpec = {
    name: 'EKUName',
    namespace: NS.tlsV3,
    summary:
      purpose === 'map'
        ? 'Friendly name of a custom EKU, used to refer to it from `ClientAuthEKUList` or `AnyPurposeEKUList`.'
        : 'Name of an EKU the certificate must also carry; it must be defined by an `EKUMapping/EKUMap` with the same `EKUName`.',
    details:
      purpose === 'map'
        ? 'For Microsoft Entra Conditional Access the documented pair is `AAD Conditional Access` / `1.3.6.1.4.1.311.87`.'
        : "A name with no matching `EKUMap` leaves the filter with an EKU it cannot resolve; Microsoft's own filtering sample makes this mistake with `Example1`.",
    value: { kind: 'string', format: 'text' },
    docUrl: WIN32 + page,
  };
  // EKUOID is checked by eap/invalid-eku-oid, which also allows the `.*` wildcard the Windows dialog accepts.
  const oid: ElementSpec = {
    name: 'EKUOID',
    namespace: NS.tlsV3,
    summary:
      purpose === 'map'
        ? 'Object identifier of the custom EKU, e.g. `1.3.6.1.4.1.311.87` for Entra Conditional Access.'
        : 'Object identifier of the EKU (usually left out: the name refers to `EKUMapping`).',
    details: 'Dotted digits. The Windows EKU dialog also accepts a trailing `*` wildcard, e.g. `1.3.6.1.4.1.311.*` matches every OID below `1.3.6.1.4.1.311`.',
    value: { kind: 'string', format: 'text' },
    docUrl: WIN32 + page,
  };
  return purpose === 'map' ? [one(name), one(oid)] : [optional(name), optional(oid)];
}

const ekuMapSpec: ElementSpec = {
  name: 'EKUMap',
  namespace: NS.tlsV3,
  summary: 'One custom EKU: a friendly name and its OID.',
  children: ekuPairChildren('map'),
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv3schema-ekumappair-complextype',
};

const ekuMappingSpec: ElementSpec = {
  name: 'EKUMapping',
  namespace: NS.tlsV3,
  summary: 'Defines the custom EKUs (name and OID) that `ClientAuthEKUList` and `AnyPurposeEKUList` refer to by name.',
  children: [{ spec: ekuMapSpec, min: 1, max: Infinity }],
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv3schema-ekumapparams-complextype',
};

function ekuListSpec(name: 'ClientAuthEKUList' | 'AnyPurposeEKUList'): ElementSpec {
  const clientAuth = name === 'ClientAuthEKUList';
  const entry: ElementSpec = {
    name: 'EKUMapInList',
    namespace: NS.tlsV3,
    summary: clientAuth
      ? 'A further EKU that certificates with the Client Authentication EKU must also have (all entries apply together).'
      : 'A further EKU that certificates with the Any Purpose EKU must also have.',
    children: ekuPairChildren('list'),
    docUrl: WIN32 + 'eaptlsconnectionpropertiesv3schema-ekulistpair-complextype',
  };
  return {
    name,
    namespace: NS.tlsV3,
    summary: clientAuth
      ? 'With `Enabled="true"`: accept certificates with the Client Authentication EKU (1.3.6.1.5.5.7.3.2) that also carry every EKU listed.'
      : 'With `Enabled="true"`: accept certificates with the Any Purpose EKU (1.3.6.1.4.1.311.10.12.1) that also carry every EKU listed.',
    details:
      (clientAuth
        ? 'Windows UI: Configure Certificate Selection, "Extended Key Usage (EKU)" > "Client Authentication". '
        : 'Windows UI: Configure Certificate Selection, "Extended Key Usage (EKU)" > "AnyPurpose". ') +
      'Windows selects a certificate that matches the issuer filter (`CAHashList`, when enabled) AND any one of: Client Authentication with its listed EKUs, Any Purpose with its listed EKUs, or an All Purpose certificate (`AllPurposeEnabled`). ' +
      (clientAuth ? 'For Entra Conditional Access, list `AAD Conditional Access` here so that only the short-lived Conditional Access certificate is used.' : ''),
    children: [any(entry)],
    attributes: [enabledAttribute(clientAuth ? 'Client Authentication EKU filtering' : 'Any Purpose EKU filtering')],
    minWindows: WINDOWS_8,
    docUrl: WIN32 + 'eaptlsconnectionpropertiesv3schema-ekulistparams-complextype',
  };
}

const issuerHashSpec: ElementSpec = {
  name: 'IssuerHash',
  namespace: NS.tlsV3,
  summary: 'SHA-1 thumbprint of a CA; only client certificates that chain to one of the listed CAs are offered.',
  details:
    "Microsoft's schema page calls it the thumbprint of a root CA; the certificate-filtering sample says a certificate qualifies when any listed CA is in its chain, so the root or an issuing CA both work. Same format as `TrustedRootCA`.",
  value: THUMBPRINT,
  minWindows: WINDOWS_8,
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv3schema-cahashlistparams-complextype',
};

const caHashListSpec: ElementSpec = {
  name: 'CAHashList',
  namespace: NS.tlsV3,
  summary: 'With `Enabled="true"`: only use client certificates issued under one of the listed CAs ("Certificate Issuer").',
  details: 'Combined with EKU filtering, a certificate must satisfy both. This is the usual cure when users are asked to pick among several client certificates.',
  children: [any(issuerHashSpec)],
  attributes: [enabledAttribute('issuer filtering')],
  minWindows: WINDOWS_8,
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv3schema-cahashlistparams-complextype',
};

const allPurposeEnabledSpec: ElementSpec = {
  name: 'AllPurposeEnabled',
  namespace: NS.tlsV3,
  summary: '`true`: also accept All Purpose certificates (the anyExtendedKeyUsage EKU, "EKU value 0"); `false` or absent: do not.',
  details: 'Windows UI: Configure Certificate Selection, "Extended Key Usage (EKU)" > "All Purpose". Such certificates bypass the EKUs required in `ClientAuthEKUList`.',
  value: BOOLEAN,
  defaultValue: 'false',
  minWindows: WINDOWS_8,
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv3schema-filterinfoparams-complextype',
};

const filteringInfoSpec: ElementSpec = {
  name: 'FilteringInfo',
  namespace: NS.tlsV3,
  summary: 'Client certificate selection filters ("Configure Certificate Selection"): issuer, EKUs and All/Any Purpose certificates.',
  details:
    'Use it when users hold more than one client certificate: without strict filtering Windows may prompt for a certificate or pick the wrong one. ' +
    'It sits in `TLSExtensions` and uses the `http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV3` namespace.',
  children: [optional(allPurposeEnabledSpec), optional(caHashListSpec), optional(ekuMappingSpec), optional(ekuListSpec('ClientAuthEKUList')), optional(ekuListSpec('AnyPurposeEKUList'))],
  minWindows: WINDOWS_8,
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv3schema-filteringinfo-filterinfoparams-element',
};

const tlsExtensionsSpec: ElementSpec = {
  name: 'TLSExtensions',
  namespace: NS.tlsV2,
  summary: 'Extension point of the EAP-TLS settings; holds `FilteringInfo` (certificate selection).',
  children: [optional(filteringInfoSpec)],
  openContent: true,
  minWindows: WINDOWS_7,
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv2schema-tlsextensionstype-complextype',
};

export const TLS_EAP_TYPE: ElementSpec = {
  name: 'EapType',
  namespace: NS.tlsV1,
  summary: 'EAP-TLS settings ("Smart Card or other Certificate"): certificate source, server validation and certificate filtering.',
  details:
    'Windows exports `PerformServerValidation`, `AcceptServerName` and `TLSExtensions` with `xmlns="…/EapTlsConnectionPropertiesV2"` and `FilteringInfo` with `…V3`; they must keep those namespaces.',
  children: [
    optional(credentialsSourceSpec),
    optional(tlsServerValidationSpec),
    optional(differentUsernameSpec),
    optional(tlsPerformServerValidationSpec),
    optional(tlsAcceptServerNameSpec),
    optional(tlsExtensionsSpec),
  ],
  docUrl: WIN32 + 'eaptlsconnectionpropertiesv1schema-eaptype-element',
};

// ---- EAP-MSCHAPv2 ----------------------------------------------------------------------------------

const useWinLogonCredentialsSpec: ElementSpec = {
  name: 'UseWinLogonCredentials',
  namespace: NS.msChapV2,
  summary: "`true` (or absent): authenticate with the signed-in user's Windows name and password; `false`: ask the user.",
  details: 'Windows UI: "Automatically use my Windows logon name and password (and domain if any)".',
  value: BOOLEAN,
  defaultValue: 'true',
  docUrl: WIN32 + 'mschapv2connectionpropertiesv1schema-usewinlogoncredentials-eaptype-element',
};

export const MSCHAPV2_EAP_TYPE: ElementSpec = {
  name: 'EapType',
  namespace: NS.msChapV2,
  summary: 'EAP-MSCHAPv2 settings ("Secure password"): user name and password authentication.',
  details:
    'Password-based: no client certificate is involved. Microsoft notes that MS-CHAPv2 is open to attacks similar to those on NTLMv1 and recommends certificate-based authentication for VPN; Windows Defender Credential Guard can also break MS-CHAPv2 connections.',
  children: [optional(useWinLogonCredentialsSpec)],
  openContent: true,
  docUrl: WIN32 + 'mschapv2connectionpropertiesv1schema-eaptype-element',
};

// ---- PEAP ------------------------------------------------------------------------------------------

function identityPrivacySpec(namespace: string, deprecated: boolean): ElementSpec {
  const v2Page = (slug: string) => (deprecated ? GPWL_PEAP : WIN32 + slug);
  return {
    name: 'IdentityPrivacy',
    namespace,
    summary: deprecated
      ? 'Deprecated place for identity privacy; ignored when `PeapExtensions` is present. Use `PeapExtensions/IdentityPrivacy`.'
      : 'Identity privacy ("Enable identity privacy"): send an anonymous outer identity until the server is authenticated.',
    children: [
      optional({
        name: 'EnableIdentityPrivacy',
        namespace,
        summary: '`true`: replace the user name in the unprotected outer identity with `AnonymousUserName`.',
        value: BOOLEAN,
        minWindows: deprecated ? undefined : WINDOWS_7,
        docUrl: v2Page('mspeapconnectionpropertiesv2-enableidentityprivacy-identityprivacyparameters-element'),
      }),
      optional({
        name: 'AnonymousUserName',
        namespace,
        summary: 'The name sent instead of the real one, e.g. `anonymous` turns `alice@example` into `anonymous@example`; empty gives `@example`.',
        value: { kind: 'string', format: 'text', allowEmpty: true },
        minWindows: deprecated ? undefined : WINDOWS_7,
        docUrl: v2Page('mspeapconnectionpropertiesv2-anonymoususername-identityprivacyparameters-element'),
      }),
    ],
    minWindows: deprecated ? undefined : WINDOWS_7,
    docUrl: v2Page('mspeapconnectionpropertiesv2-identityprivacy-peapextensionstype-element'),
  };
}

const peapServerValidationSpec: ElementSpec = {
  name: 'ServerValidation',
  namespace: NS.peapV1,
  summary: 'How PEAP checks the NPS server certificate when it builds the TLS tunnel: prompting, server names and trusted root CAs.',
  children: serverValidationChildren(NS.peapV1, 'PEAP'),
  attributes: [{ name: 'PerformServerValidation', summary: 'Whether server validation is performed (Windows writes `PeapExtensions/PerformServerValidation` instead).', value: BOOLEAN }],
  docUrl: WIN32 + 'mspeapconnectionpropertiesv1schema-servervalidation-eaptype-element',
};

function eapSpec(inner: boolean): ElementSpec {
  const typeSpec: ElementSpec = {
    name: 'Type',
    namespace: NS.baseEap,
    summary: inner ? 'EAP type of the method inside PEAP: 13 = EAP-TLS (PEAP-TLS), 26 = EAP-MSCHAPv2 (PEAP-MSCHAPv2).' : 'EAP type of the configured method; must equal `EapMethod/Type`.',
    details: inner
      ? "Windows supports EAP-TLS and EAP-MSCHAPv2 inside PEAP. The namespace of the `EapType` next to it must be that method's."
      : "The namespace of the `EapType` next to it must be that method's: 13 with `…/EapTlsConnectionPropertiesV1`, 25 with `…/MsPeapConnectionPropertiesV1`, 26 with `…/MsChapV2ConnectionPropertiesV1`.",
    value: EAP_TYPE_NUMBER,
    docUrl: WIN32 + 'baseeapconnectionpropertiesv1schema-type-baseeapparameters-element',
  };
  return {
    name: 'Eap',
    namespace: NS.baseEap,
    summary: inner ? 'The inner EAP method that runs inside the PEAP tunnel.' : 'The method configuration: its `Type` and the method-specific `EapType`.',
    details: 'The `EapType` below is told apart by its namespace (EAP-TLS, PEAP or EAP-MSCHAPv2 connection properties); third-party methods may put their own elements here.',
    children: inner ? [one(typeSpec), optional(TLS_EAP_TYPE), optional(MSCHAPV2_EAP_TYPE)] : [one(typeSpec), optional(TLS_EAP_TYPE), optional(PEAP_EAP_TYPE), optional(MSCHAPV2_EAP_TYPE)],
    openContent: true,
    docUrl: WIN32 + 'baseeapconnectionpropertiesv1schema-eap-element',
  };
}

const peapExtensionsSpec: ElementSpec = {
  name: 'PeapExtensions',
  namespace: NS.peapV1,
  summary: 'Later PEAP settings: server validation switches, identity privacy and prompting when the server CA is unknown.',
  children: [
    optional({
      name: 'PerformServerValidation',
      namespace: NS.peapV2,
      summary: 'Whether PEAP validates the NPS server certificate ("Verify the server\'s identity by validating the certificate").',
      details: 'With `false` the client cannot tell the real NPS server from an impostor; Microsoft warns that users are then exposed to severe security risks. Keep `true`.',
      value: BOOLEAN,
      minWindows: WINDOWS_7,
      docUrl: WIN32 + 'mspeapconnectionpropertiesv2-performservervalidation-peapextensionstype-element',
    }),
    optional({
      name: 'AcceptServerName',
      namespace: NS.peapV2,
      summary: 'Whether the NPS server name is checked against `ServerValidation/ServerNames`.',
      value: BOOLEAN,
      minWindows: WINDOWS_7,
      docUrl: WIN32 + 'mspeapconnectionpropertiesv2-acceptservername-peapextensionstype-element',
    }),
    optional(identityPrivacySpec(NS.peapV2, false)),
    optional({
      name: 'PeapExtensionsV2',
      namespace: NS.peapV2,
      summary: 'Further PEAP settings; holds `AllowPromptingWhenServerCANotFound`.',
      children: [
        optional({
          name: 'AllowPromptingWhenServerCANotFound',
          namespace: NS.peapV3,
          summary: '`true`: ask the user when the server certificate does not chain to a trusted root; `false`: refuse the connection.',
          details: 'Windows UI: PEAP "Notifications before connecting" = "Tell user if the server\'s identity cannot be verified" (with `DisableUserPromptForServerValidation` false).',
          value: BOOLEAN,
          minWindows: WINDOWS_8,
          docUrl: WIN32 + 'mspeapconnectionpropertiesv3schema-allowpromptingwhenservercanotfound-element',
        }),
      ],
      openContent: true,
      minWindows: WINDOWS_7,
      docUrl: WIN32 + 'mspeapconnectionpropertiesv1-peapextensionsv2-peapextensionstype-element',
    }),
  ],
  docUrl: WIN32 + 'mspeapconnectionpropertiesv1schema-peapextensions-eaptype-element',
};

export const PEAP_EAP_TYPE: ElementSpec = {
  name: 'EapType',
  namespace: NS.peapV1,
  summary: 'PEAP settings ("Protected EAP"): server validation of the TLS tunnel and the inner method.',
  details:
    'The usual Always On VPN user tunnel is PEAP with EAP-TLS inside ("PEAP-TLS"). Microsoft\'s client deployment guide fills in server validation on both levels; the outer PEAP `ServerValidation` is the one that authenticates the NPS server, since the inner method runs inside the TLS tunnel PEAP built after that check. ' +
    '`PeapExtensions/PerformServerValidation` and `AcceptServerName` are in the `…/MsPeapConnectionPropertiesV2` namespace.',
  children: [
    optional(peapServerValidationSpec),
    optional(identityPrivacySpec(NS.peapV1, true)),
    optional({
      name: 'FastReconnect',
      namespace: NS.peapV1,
      summary: '`true`: reuse a previous PEAP session to reconnect with fewer round trips ("Enable fast reconnect").',
      value: BOOLEAN,
      docUrl: WIN32 + 'mspeapconnectionpropertiesv1schema-fastreconnect-eaptype-element',
    }),
    optional({
      name: 'InnerEapOptional',
      namespace: NS.peapV1,
      summary: '`true`: PEAP may succeed without running an inner EAP method. Keep `false` for VPN user authentication.',
      value: BOOLEAN,
      docUrl: WIN32 + 'mspeapconnectionpropertiesv1schema-innereapoptional-eaptype-element',
    }),
    any(eapSpec(true)),
    optional({
      name: 'EnableQuarantineChecks',
      namespace: NS.peapV1,
      summary: '`true`: run Network Access Protection (NAP) health checks ("Enforce Network Access Protection"). NAP no longer exists; keep `false`.',
      details: 'The NAP platform is not available from Windows 10 on, and NPS dropped it after Windows Server 2012 R2.',
      value: BOOLEAN,
      defaultValue: 'false',
      docUrl: WIN32 + 'mspeapconnectionpropertiesv1schema-enablequarantinechecks-eaptype-element',
    }),
    optional({
      name: 'RequireCryptoBinding',
      namespace: NS.peapV1,
      summary: '`true`: end authentication if the NPS server does not send a cryptobinding TLV ("Disconnect if server does not present cryptobinding TLV").',
      details:
        'Cryptobinding ties the inner and outer authentications together, which defeats attackers relaying an inner MS-CHAPv2 exchange through their own PEAP tunnel. ' +
        'When it fails the client reports 823 (invalid cryptobinding TLV) or 824 (none received) and NPS logs reason 301 or 302. ' +
        "Microsoft's schema page for this element states the meaning the other way round; the Windows UI label and [MS-GPWL] (PeapEnforceCryptoBinding) agree with the description here.",
      value: BOOLEAN,
      defaultValue: 'false',
      docUrl: NETWORK_ACCESS,
    }),
    optional(peapExtensionsSpec),
  ],
  docUrl: WIN32 + 'mspeapconnectionpropertiesv1schema-eaptype-element',
};

// ---- EapHostConfig ---------------------------------------------------------------------------------

const configSpec: ElementSpec = {
  name: 'Config',
  namespace: NS.eapHostConfig,
  summary: 'The method configuration as XML; for EAP-TLS, PEAP and EAP-MSCHAPv2 it holds one `Eap` element.',
  details: 'Either `Config` or `ConfigBlob` is required. Other methods may put their own element here instead of `Eap` (EAP-TTLS configurations found in practice do).',
  children: [optional(eapSpec(false))],
  openContent: true,
  docUrl: WIN32 + 'eaphostconfigschema-config-eaphostconfig-element',
};

const configBlobSpec: ElementSpec = {
  name: 'ConfigBlob',
  namespace: NS.eapHostConfig,
  summary: 'The method configuration as an opaque hexadecimal blob, for methods without an XML schema. Use `Config` for the Microsoft methods.',
  value: { kind: 'string', format: 'text', allowEmpty: true },
  docUrl: WIN32 + 'eaphostconfigschema-configblob-eaphostconfig-element',
};

const eapHostConfigSpec: ElementSpec = {
  name: 'EapHostConfig',
  namespace: NS.eapHostConfig,
  summary: 'An EAP method configuration as Windows exports it (e.g. `(Get-VpnConnection -Name …).EapConfigXmlStream.InnerXml`).',
  details:
    'In ProfileXML it goes, as XML, inside `NativeProfile/Authentication/Eap/Configuration`. Build it on a test machine with the Windows VPN dialog and export it, then edit.\n\n' +
    'Every namespace in it is an exact `http://www.microsoft.com/provisioning/…` string; an `https://` variant copied from some documentation pages is a different, unknown namespace.',
  children: [one(eapMethodSpec), optional(configSpec), optional(configBlobSpec)],
  openContent: true,
  docUrl: EAP_CONFIGURATION,
};

export const eapCatalogue = buildCatalogue('eap', eapHostConfigSpec);
