// Practitioner advice (DOMAIN.md §5.1): with several Client Authentication machine certificates, adding IP security
// IKE intermediate to the device certificate lets IKEv2 pick it and avoids intermittent 13801 errors.
import { EKU } from '../oids';
import { CERT_DOCS, type CertificateRule } from '../rule';
import { hasEku } from '../roles';

export const deviceMissingIkeIntermediateEkuRule: CertificateRule = {
  id: 'cert/device-missing-ike-intermediate-eku',
  defaultSeverity: 'information',
  title: 'The device certificate lacks the IP security IKE intermediate EKU',
  docUrl: CERT_DOCS.deviceTunnel,
  roles: ['device'],
  passed: 'IP security IKE intermediate EKU present',
  check({ cert }) {
    if (hasEku(cert, EKU.ikeIntermediate) || !hasEku(cert, EKU.clientAuth)) return undefined;
    return {
      message: 'The certificate has Client Authentication but not IP security IKE intermediate (1.3.6.1.5.5.8.2.2). When a computer holds several Client Authentication certificates, practitioners report intermittent 13801 errors that adding this EKU resolves.',
    };
  },
};
