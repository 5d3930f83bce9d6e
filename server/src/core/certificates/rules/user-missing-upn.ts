// User certificates carry the user's UPN in the Subject Alternative Name (DOMAIN.md §5.2, from Microsoft's
// requirements); NPS reason 298 is "no valid UPN" (DOMAIN.md §4).
import { CERT_DOCS, type CertificateRule } from '../rule';

export const userMissingUpnRule: CertificateRule = {
  id: 'cert/user-missing-upn',
  defaultSeverity: 'warning',
  title: 'The user certificate has no UPN in its Subject Alternative Name',
  docUrl: CERT_DOCS.eapConfiguration,
  roles: ['user'],
  passed: 'User principal name (UPN) in the Subject Alternative Name',
  check({ cert }) {
    if (cert.subjectAltNames.some((alt) => alt.kind === 'upn')) return undefined;
    return {
      message: 'The Subject Alternative Name has no user principal name (UPN). Microsoft\'s requirements for user certificates include the user\'s UPN there, and NPS denies certificates without a valid UPN with reason 298; issue user certificates from a template that adds the UPN.',
    };
  },
};
