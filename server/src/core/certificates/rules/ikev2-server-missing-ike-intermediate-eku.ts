// Microsoft's AOVPN tutorial adds "IP security IKE intermediate" (1.3.6.1.5.5.8.2.2) to the VPN server template: when
// a server holds several Server Authentication certificates, IKEv2 only uses the one that also has this EKU, and
// without it authentication can fail with 13801.
import { SOURCES } from '../../sources';
import { EKU } from '../oids';
import type { CertificateRule } from '../rule';
import { hasEku } from '../roles';

export const ikev2ServerMissingIkeIntermediateEkuRule: CertificateRule = {
  id: 'cert/ikev2-server-missing-ike-intermediate-eku',
  defaultSeverity: 'warning',
  title: 'An IKEv2 VPN server certificate lacks the IP security IKE intermediate EKU',
  docUrl: SOURCES.aovpnCertificates.url,
  fixKinds: [],
  roles: ['vpn-server'],
  passed: 'IP security IKE intermediate EKU present',
  docs: {
    rationale:
      "Microsoft's Always On VPN certificate tutorial adds IP security IKE intermediate (1.3.6.1.5.5.8.2.2) to the VPN server template next to Server Authentication: " +
      'when the RRAS server holds more than one Server Authentication certificate, IKEv2 uses the one that also carries this EKU, and without it clients can fail with 13801.',
  },
  check({ cert, report }) {
    if (hasEku(cert, EKU.ikeIntermediate) || !hasEku(cert, EKU.serverAuth)) return;
    report({
      message:
        'The certificate has Server Authentication but not IP security IKE intermediate (1.3.6.1.5.5.8.2.2). When the RRAS server holds more than one Server Authentication certificate, IKEv2 may pick the wrong one and clients fail with 13801; with both EKUs IKEv2 uses only this certificate. Add the EKU to the VPN server template (Application Policies).',
    });
  },
};
