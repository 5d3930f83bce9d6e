// A leaf that relies on Any Purpose (1.3.6.1.4.1.311.10.12.1), All Purpose (2.5.29.37.0) or a missing EKU extension
// instead of the EKU its role needs. The two purposes are different things (DOMAIN.md §5.1): EAP-TLS selects Any
// Purpose certificates only with AnyPurposeEKUList enabled and All Purpose ones only with AllPurposeEnabled
// (Microsoft eap-configuration.md); clients accept an All Purpose NPS certificate unless TlsServerAcceptAllPurposeCert
// is 0 (DOMAIN.md §2.7). For RRAS/IKEv2 nothing is documented, so we only say the explicit EKU is the documented way.
import { EKU, EKU_NAMES } from '../oids';
import { CERT_DOCS, type CertificateRule } from '../rule';
import { LEAF_ROLES, hasEku } from '../roles';
import { requiredEku, roleNoun } from './shared';

export const genericPurposeEkuRule: CertificateRule = {
  id: 'cert/generic-purpose-eku',
  defaultSeverity: 'warning',
  title: 'The certificate relies on Any Purpose, All Purpose or a missing EKU extension instead of the EKU its role needs',
  docUrl: CERT_DOCS.eapConfiguration,
  roles: LEAF_ROLES,
  check({ cert, role }) {
    const needed = role && requiredEku(role);
    if (!needed || hasEku(cert, needed)) return undefined;
    const anyPurpose = hasEku(cert, EKU.anyPurpose);
    const allPurpose = hasEku(cert, EKU.allPurpose);
    if (cert.extendedKeyUsages && !anyPurpose && !allPurpose) return undefined;
    const neededName = EKU_NAMES[needed];
    const what = !cert.extendedKeyUsages
      ? 'has no Enhanced Key Usage extension, which Windows reads as "valid for every purpose"'
      : anyPurpose && allPurpose
        ? 'offers Any Purpose (1.3.6.1.4.1.311.10.12.1) and All Purpose (2.5.29.37.0)'
        : anyPurpose
          ? 'offers Any Purpose (1.3.6.1.4.1.311.10.12.1)'
          : 'offers All Purpose (2.5.29.37.0, anyExtendedKeyUsage)';
    const start = `As ${roleNoun(role)}, it ${what} instead of ${neededName}.`;
    if (role === 'user') {
      const filter = anyPurpose && !allPurpose
        ? 'EAP-TLS selects it only when the EAP XML enables AnyPurposeEKUList in FilteringInfo'
        : allPurpose && !anyPurpose
          ? 'EAP-TLS selects it only when the EAP XML sets AllPurposeEnabled to true in FilteringInfo'
          : 'EAP-TLS selects such certificates only when the EAP XML allows them in FilteringInfo (AllPurposeEnabled / AnyPurposeEKUList)';
      return { message: `${start} ${filter}; a ${neededName} EKU avoids depending on that.` };
    }
    if (role === 'nps-server' && allPurpose) {
      return {
        severity: 'information',
        message: `${start} Windows clients accept an All Purpose NPS certificate unless TlsServerAcceptAllPurposeCert is set to 0; an explicit ${neededName} EKU is the documented choice.`,
      };
    }
    return { message: `${start} Always On VPN documents ${neededName} for this role; whether it accepts a generic-purpose certificate instead is not documented, so reissue it with ${neededName}.` };
  },
};
