// A certificate that issues others must say so: RFC 5280 §4.2.1.9 requires Basic Constraints cA=true for CA
// certificates, and path validation rejects intermediates without it. Old v1 roots have no extensions at all, so
// for a self-signed root this is a warning.
import { CERT_DOCS, type CertificateRule } from '../rule';
import { CA_ROLES } from '../roles';

export const caNotMarkedCaRule: CertificateRule = {
  id: 'cert/ca-not-marked-ca',
  defaultSeverity: 'error',
  title: 'A CA certificate lacks Basic Constraints cA=true',
  docUrl: CERT_DOCS.basicConstraints,
  roles: CA_ROLES,
  passed: 'Basic Constraints: cA=true',
  check({ cert, role }) {
    if (cert.isCA) return undefined;
    const what = cert.basicConstraints ? 'Its Basic Constraints say it is not a CA (cA=false)' : 'It has no Basic Constraints extension';
    if (role === 'root-ca') {
      return { severity: 'warning', message: `${what}. A root is trusted because it is in the root store, but certificates that issue others should carry cA=true (RFC 5280); check that this is really the root CA certificate.` };
    }
    return { message: `${what}, so chain validation does not accept it as the issuer of other certificates (RFC 5280). If this is meant to be an issuing CA, it must be reissued as a CA certificate.` };
  },
};
