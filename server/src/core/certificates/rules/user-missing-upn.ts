// NPS maps a user certificate to its account through the UPN in the Subject Alternative Name (DOMAIN.md §5.2; NPS
// reason 298 when the certificate has no valid UPN).
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
      message: 'The Subject Alternative Name has no user principal name (UPN). NPS finds the user account through it and rejects certificates without a valid UPN (reason 298); issue user certificates from a template that adds the UPN.',
    };
  },
};
