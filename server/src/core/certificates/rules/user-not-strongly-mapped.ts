// Strong certificate mapping (KB5014754, SOURCES.kb5014754): domain controllers map a certificate to its account
// strongly through the SID extension (1.3.6.1.4.1.311.25.2), which an enterprise CA adds to certificates of templates
// built from Active Directory, through the SID in a SAN URL `tag:microsoft.com,2022-09-14:sid:<SID>` (which Intune
// SCEP certificates carry, SOURCES.intuneScepStrongMapping, and which Microsoft's directory services team advises for
// certificates whose subject is supplied in the request, SOURCES.askDsStrongMapping), or through an explicit strong
// mapping in the account's altSecurityIdentities, which a certificate file cannot show. Domain controllers enforce it by
// default since the February 2025 updates; a certificate mapped only weakly is refused and the KDC logs event 39. For
// Always On VPN user tunnels a practitioner traced this to NPS reason 16 and client error 853 (SOURCES.hicksFebruary2025).
// Left out: the short-lived Conditional Access certificates of Entra ID (no public source on how NPS maps them) and
// device certificates, which RRAS authenticates for the device tunnel without NPS.
import { SOURCES } from '../../sources';
import { EKU } from '../oids';
import type { CertificateRule } from '../rule';
import { hasEku } from '../roles';

export const userNotStronglyMappedRule: CertificateRule = {
  id: 'cert/user-not-strongly-mapped',
  defaultSeverity: 'warning',
  title: 'The user certificate carries no SID, so domain controllers cannot map it strongly (KB5014754)',
  docUrl: SOURCES.kb5014754.url,
  fixKinds: [],
  roles: ['user'],
  passed: 'Carries the account SID for strong mapping (SID extension or SAN URL)',
  docs: {
    rationale:
      'Since the February 2025 updates, domain controllers accept a certificate for an account only when it is strongly mapped (KB5014754): by the SID extension 1.3.6.1.4.1.311.25.2 that an enterprise CA adds to certificates of templates built from Active Directory, ' +
      "by the SID in a SAN URL (`tag:microsoft.com,2022-09-14:sid:…`, which Intune SCEP certificates carry), or by an explicit mapping in the account's altSecurityIdentities. " +
      'A user certificate with neither SID depends on that explicit mapping, which a file cannot show; without it the domain controller logs Kerberos-Key-Distribution-Center event 39 and, as a practitioner found for Always On VPN, NPS rejects the user with reason 16 (client error 853). ' +
      'Entra ID Conditional Access certificates are left out: no public source says how NPS maps them.',
    seeAlso: [SOURCES.intuneScepStrongMapping.url, SOURCES.askDsStrongMapping.url, SOURCES.hicksFebruary2025.url],
  },
  applies: ({ cert }) => !hasEku(cert, EKU.entraConditionalAccess),
  check({ cert, report }) {
    if (cert.securityIdentifier) return;
    report({
      message:
        'The certificate carries no SID: neither the SID extension (1.3.6.1.4.1.311.25.2) nor a SAN URL `tag:microsoft.com,2022-09-14:sid:<SID>`, so domain controllers cannot map it strongly to its account (KB5014754). ' +
        'They enforce strong mapping by default since the February 2025 updates: unless the account has an explicit strong mapping in altSecurityIdentities (issuer and serial number, subject key identifier or SHA-1 of the public key; a file cannot show it), ' +
        'the domain controller logs Kerberos-Key-Distribution-Center event 39 and, as practitioners report for Always On VPN, NPS rejects the user with reason 16 and the client shows error 853. ' +
        'An enterprise CA adds the SID extension to certificates of templates whose subject is built from Active Directory; for certificates whose subject is supplied in the request or issued offline, Microsoft advises the SAN URL (domain controllers on Windows Server 2019 or later) or an explicit mapping. ' +
        'Microsoft documents that new and renewed Intune SCEP certificates (Cloud PKI issues through Intune SCEP profiles) carry the SAN URL for users synchronised from Active Directory.',
    });
  },
};
