// User certificates carry the user's UPN in the Subject Alternative Name: Microsoft KB 814394 ("Certificate
// requirements when you use EAP-TLS or PEAP with EAP-TLS"); NPS reason 298 is "no valid UPN" (Microsoft NPS reason
// codes 283 through 303).
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';

export const userMissingUpnRule: CertificateRule = {
  id: 'cert/user-missing-upn',
  defaultSeverity: 'warning',
  title: 'The user certificate has no UPN in its Subject Alternative Name',
  docUrl: SOURCES.eapTlsCertificateRequirements.url,
  fixKinds: [],
  roles: ['user'],
  passed: 'User principal name (UPN) in the Subject Alternative Name',
  docs: {
    rationale:
      "Microsoft lists the user's principal name (UPN) in the Subject Alternative Name among the requirements for client certificates used with EAP-TLS, " +
      'and NPS denies certificates without a valid UPN (reason 298). Issue user certificates from a template that adds it.',
  },
  check({ cert, report }) {
    if (cert.subjectAltNames.some((alt) => alt.kind === 'upn')) return;
    report({
      message:
        "The Subject Alternative Name has no user principal name (UPN). Microsoft's requirements for user certificates include the user's UPN there, and NPS denies certificates without a valid UPN with reason 298; issue user certificates from a template that adds the UPN.",
    });
  },
};
