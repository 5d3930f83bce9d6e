// Microsoft's AOVPN tutorial adds "IP security IKE intermediate" (1.3.6.1.5.5.8.2.2) to the VPN server template: when
// a server holds several Server Authentication certificates, IKEv2 only uses the one that also has this EKU, and
// without it authentication can fail with 13801.
import { EKU } from '../oids';
import { CERT_DOCS, type CertificateRule } from '../rule';
import { hasEku } from '../roles';

export const ikev2ServerMissingIkeIntermediateEkuRule: CertificateRule = {
  id: 'cert/ikev2-server-missing-ike-intermediate-eku',
  defaultSeverity: 'warning',
  title: 'An IKEv2 VPN server certificate lacks the IP security IKE intermediate EKU',
  docUrl: CERT_DOCS.tutorial,
  roles: ['vpn-server'],
  passed: 'IP security IKE intermediate EKU present',
  check({ cert }) {
    if (hasEku(cert, EKU.ikeIntermediate) || !hasEku(cert, EKU.serverAuth)) return undefined;
    return {
      message:
        'The certificate has Server Authentication but not IP security IKE intermediate (1.3.6.1.5.5.8.2.2). When the RRAS server holds more than one Server Authentication certificate, IKEv2 may pick the wrong one and clients fail with 13801; with both EKUs IKEv2 uses only this certificate. Add the EKU to the VPN server template (Application Policies).',
    };
  },
};
