// NPS checks the revocation of client certificates and fails when it cannot (reason 258 → client error 853):
// Microsoft "Configure EAP-TLS to ignore CRL checking". OCSP in AIA is also revocation information, so a certificate
// with an OCSP responder is not flagged. The user certificates Entra ID issues for Conditional Access (EKU
// 1.3.6.1.4.1.311.87) carry no CRL by design (Microsoft's Conditional Access guide, SOURCES.aovpnConditionalAccess):
// for them the finding is information naming the NPS settings they need, not an error.
import { SOURCES } from '../../sources';
import { IGNORE_NO_REVOCATION_CHECK, NO_REVOCATION_SETTINGS, type CertificateRule } from '../rule';
import { EKU } from '../oids';
import { hasEku } from '../roles';
import { hasRevocationInfo } from './shared';

export const userMissingCdpRule: CertificateRule = {
  id: 'cert/user-missing-cdp',
  defaultSeverity: 'error',
  title: 'The user certificate has no CRL Distribution Point, so NPS cannot check its revocation',
  docUrl: SOURCES.ignoreNoRevocationCheck.url,
  fixKinds: [],
  roles: ['user'],
  passed: 'Carries revocation information (CRL Distribution Point or OCSP)',
  docs: {
    rationale:
      'NPS checks the revocation of every client certificate. Without a CRL Distribution Point or an OCSP address there is nothing to check, so NPS denies access (reason 258) and the client reports 853. ' +
      'Microsoft documents the `IgnoreNoRevocationCheck` registry value for certificates issued without one on purpose, at the cost of not checking their revocation. ' +
      "The short-lived user certificates Entra ID issues for Conditional Access carry no CRL by design; for them the rule only says what NPS needs (`IgnoreNoRevocationCheck`, and `NoRevocationCheck` as Microsoft's Conditional Access guide sets it).",
    seeAlso: [SOURCES.aovpnConditionalAccess.url],
  },
  check({ cert, report }) {
    if (hasRevocationInfo(cert)) return;
    if (hasEku(cert, EKU.entraConditionalAccess)) {
      report({
        severity: 'information',
        message:
          'An Entra ID Conditional Access VPN certificate (AAD Conditional Access EKU 1.3.6.1.4.1.311.87): Entra ID issues these user certificates for about an hour and without a CRL Distribution Point by design, so NPS cannot check their revocation and by default denies them (reason 258, client error 853). ' +
          `What NPS needs: ${NO_REVOCATION_SETTINGS}`,
      });
      return;
    }
    report({
      message: `The certificate has no CRL Distribution Point (nor an OCSP address). NPS checks the revocation of every client certificate and, unable to, denies access with reason 258; the client reports error 853. Issue certificates with a reachable CDP. ${IGNORE_NO_REVOCATION_CHECK}`,
    });
  },
};
