// Microsoft Cloud PKI for Intune has limits that decide what its CAs can issue for Always On VPN (SOURCES.cloudPkiOverview,
// SOURCES.cloudPkiByoca): RSA keys of 2048, 3072 or 4096 bits for a CA in the admin center (Microsoft Graph's key-size
// list, SOURCES.cloudPkiKeySizes, also names elliptic curves), SHA-256/384/512; the EKUs are chosen when a CA is
// created and cannot be changed; a SCEP profile that asks for an EKU the issuing CA lacks gets no certificate; Any
// Purpose (which those pages call the OID 2.5.29.37.0) is not offered; certificates go to Intune-managed devices
// through SCEP profiles only. Recognised as in cloudPki.ts.
import { SOURCES } from '../../sources';
import { codeSpan } from '../../text/markdown';
import { cloudPkiEvidence } from '../cloudPki';
import type { CertificateInfo } from '../model';
import { EKU } from '../oids';
import type { CertificateRule } from '../rule';
import { hasEku } from '../roles';
import { ekuSummary } from './shared';

const LIMITS =
  "Cloud PKI CAs have RSA keys of 2048, 3072 or 4096 bits in the Intune admin center (Microsoft Graph's key-size list also names elliptic curves), and a CA's key size caps that of the certificates it issues; " +
  'their EKUs are chosen when the CA is created and cannot be changed (adding one means a new CA); ' +
  "Any Purpose is not offered (Microsoft's Cloud PKI pages give that name to 2.5.29.37.0, which this tool calls All Purpose); " +
  'certificates go only to Intune-managed devices, through SCEP profiles.';

function recognised(evidence: string): string {
  return `recognised by its revocation or issuer address ${codeSpan(evidence)} on pki.azure.net, where Intune serves the CRLs and CA certificates of Cloud PKI`;
}

/** What the CA's fixed EKUs mean for the certificates Always On VPN needs from it. */
function caEkus(cert: CertificateInfo): string {
  if (!cert.extendedKeyUsages) return 'This CA certificate shows no EKU extension; the EKUs its SCEP profiles may request are the ones chosen when it was created.';
  const vpn = hasEku(cert, EKU.clientAuth)
    ? 'Client Authentication is among them, so it can issue VPN user and device certificates.'
    : 'Client Authentication is not among them, so it cannot issue the user or device certificates Always On VPN needs.';
  return `Its EKUs (${ekuSummary(cert)}) are the only ones its SCEP profiles can request; a profile asking for another gets no certificate. ${vpn}`;
}

export const cloudPkiLimitsRule: CertificateRule = {
  id: 'cert/cloud-pki-limits',
  defaultSeverity: 'information',
  title: 'Issued by Microsoft Cloud PKI for Intune: the limits of its CAs',
  docUrl: SOURCES.cloudPkiOverview.url,
  fixKinds: [],
  docs: {
    rationale:
      'Microsoft Cloud PKI for Intune hosts root and issuing CAs with limits that decide what they can issue for Always On VPN: RSA keys of 2048 to 4096 bits in the admin center, EKUs fixed when a CA is created, no Any Purpose EKU, and issuance to Intune-managed devices through SCEP profiles only. ' +
      'A certificate is recognised as issued by Cloud PKI when its CRL Distribution Point or AIA address is on pki.azure.net, the Microsoft host Intune serves Cloud PKI CRLs and CA certificates from (Microsoft documents that Intune hosts them, not the address). ' +
      'A Cloud PKI root or a bring-your-own-CA issuing CA is recognised through the certificates it issues.',
    seeAlso: [SOURCES.cloudPkiByoca.url, SOURCES.cloudPkiKeySizes.url],
  },
  check({ cert, report }) {
    const evidence = cloudPkiEvidence(cert);
    if (!evidence) return;
    if (cert.isCA) {
      report({ message: `A CA issued by Microsoft Cloud PKI for Intune (${recognised(evidence)}). ${LIMITS} ${caEkus(cert)}` });
      return;
    }
    report({
      message:
        `Issued by a Microsoft Cloud PKI for Intune CA (${recognised(evidence)}). ${LIMITS} ` +
        'Its EKUs can only be ones its issuing CA was created with. The NPS and VPN server certificates come from another CA: Cloud PKI issues only to Intune-managed devices.',
    });
  },
};
