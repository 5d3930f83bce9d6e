// A leaf that relies on Any Purpose (1.3.6.1.4.1.311.10.12.1), All Purpose (2.5.29.37.0) or a missing EKU extension
// instead of the EKU its role needs. The two purposes are different things: EAP-TLS selects Any Purpose certificates
// only with AnyPurposeEKUList enabled and All Purpose ones only with AllPurposeEnabled (Microsoft "EAP
// configuration"); clients accept an All Purpose TLS server certificate unless TlsServerAcceptAllPurposeCert is 0
// (Microsoft EAPHost registry settings). For RRAS/IKEv2 nothing is documented, so we only say the explicit EKU is the
// documented way.
import { SOURCES } from '../../sources';
import { EKU, EKU_NAMES } from '../oids';
import type { CertificateRule } from '../rule';
import { LEAF_ROLES, hasEku } from '../roles';
import { requiredEku, roleNoun } from './shared';

export const genericPurposeEkuRule: CertificateRule = {
  id: 'cert/generic-purpose-eku',
  defaultSeverity: 'warning',
  title: 'The certificate relies on Any Purpose, All Purpose or a missing EKU extension instead of the EKU its role needs',
  docUrl: SOURCES.eapConfiguration.url,
  fixKinds: [],
  roles: LEAF_ROLES,
  docs: {
    rationale:
      'Windows reads a certificate without an Enhanced Key Usage extension as valid for every purpose, and two EKUs say so explicitly: Any Purpose (1.3.6.1.4.1.311.10.12.1) and All Purpose (2.5.29.37.0). ' +
      'EAP-TLS selects such user certificates only when the EAP XML allows them (`AnyPurposeEKUList`, `AllPurposeEnabled` in `FilteringInfo`); clients accept an All Purpose NPS certificate unless the ' +
      '`TlsServerAcceptAllPurposeCert` registry value is 0. For VPN servers nothing is documented. The EKU the role needs (Server or Client Authentication) avoids depending on any of this.',
  },
  check({ cert, role, report }) {
    const needed = role && requiredEku(role);
    if (!needed || hasEku(cert, needed)) return;
    const anyPurpose = hasEku(cert, EKU.anyPurpose);
    const allPurpose = hasEku(cert, EKU.allPurpose);
    if (cert.extendedKeyUsages && !anyPurpose && !allPurpose) return;
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
      const filter =
        anyPurpose && !allPurpose
          ? 'EAP-TLS selects it only when the EAP XML enables AnyPurposeEKUList in FilteringInfo'
          : allPurpose && !anyPurpose
            ? 'EAP-TLS selects it only when the EAP XML sets AllPurposeEnabled to true in FilteringInfo'
            : 'EAP-TLS selects such certificates only when the EAP XML allows them in FilteringInfo (AllPurposeEnabled / AnyPurposeEKUList)';
      report({ message: `${start} ${filter}; a ${neededName} EKU avoids depending on that.` });
      return;
    }
    if (role === 'nps-server' && allPurpose) {
      report({
        severity: 'information',
        message: `${start} Windows clients accept an All Purpose NPS certificate unless TlsServerAcceptAllPurposeCert is set to 0; an explicit ${neededName} EKU is the documented choice.`,
      });
      return;
    }
    report({ message: `${start} Always On VPN documents ${neededName} for this role; whether it accepts a generic-purpose certificate instead is not documented, so reissue it with ${neededName}.` });
  },
};
