// Practitioner advice, not Microsoft documentation: with several Client Authentication machine certificates, adding
// IP security IKE intermediate to the device certificate lets IKEv2 prefer it and avoids intermittent 13801 errors
// (Richard Hicks, "Always On VPN Intermittent 13801 Error", SOURCES.hicksIntermittent13801).
import { SOURCES } from '../../sources';
import { EKU } from '../oids';
import type { CertificateRule } from '../rule';
import { hasEku } from '../roles';

export const deviceMissingIkeIntermediateEkuRule: CertificateRule = {
  id: 'cert/device-missing-ike-intermediate-eku',
  defaultSeverity: 'information',
  title: 'The device certificate lacks the IP security IKE intermediate EKU',
  docUrl: SOURCES.hicksIntermittent13801.url,
  fixKinds: [],
  roles: ['device'],
  passed: 'IP security IKE intermediate EKU present',
  docs: {
    rationale:
      'Microsoft documents Client Authentication as what a device tunnel certificate needs. A practitioner reports that when a computer holds several Client Authentication certificates ' +
      '(common on Intune-managed devices), IKEv2 may pick the wrong one and fail with 13801 now and then, and that Windows prefers a certificate that also carries ' +
      'IP security IKE intermediate (1.3.6.1.5.5.8.2.2). Hence advice, not an error.',
  },
  check({ cert, report }) {
    if (hasEku(cert, EKU.ikeIntermediate) || !hasEku(cert, EKU.clientAuth)) return;
    report({
      message:
        'The certificate has Client Authentication but not IP security IKE intermediate (1.3.6.1.5.5.8.2.2). When a computer holds several Client Authentication certificates, practitioners report intermittent 13801 errors that adding this EKU resolves.',
    });
  },
};
