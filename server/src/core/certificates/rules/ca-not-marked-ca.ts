// A certificate that issues others must say so: RFC 5280 §4.2.1.9 requires Basic Constraints cA=true for CA
// certificates, and path validation rejects intermediates without it. Old v1 roots have no extensions at all, so
// for a self-signed root this is a warning.
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import { CA_ROLES } from '../roles';

export const caNotMarkedCaRule: CertificateRule = {
  id: 'cert/ca-not-marked-ca',
  defaultSeverity: 'error',
  title: 'A CA certificate lacks Basic Constraints cA=true',
  docUrl: SOURCES.rfc5280BasicConstraints.url,
  fixKinds: [],
  roles: CA_ROLES,
  passed: 'Basic Constraints: cA=true',
  docs: {
    rationale:
      'RFC 5280 requires Basic Constraints with cA=true in every certificate that issues others, and chain validation does not accept an intermediate without it. ' +
      'A root is trusted because it sits in the root store, and old version 1 roots carry no extensions at all, so for a root this is only a warning.',
  },
  check({ cert, role, report }) {
    if (cert.isCA) return;
    const what = cert.basicConstraints ? 'Its Basic Constraints say it is not a CA (cA=false)' : 'It has no Basic Constraints extension';
    if (role === 'root-ca') {
      report({
        severity: 'warning',
        message: `${what}. A root is trusted because it is in the root store, but certificates that issue others should carry cA=true (RFC 5280); check that this is really the root CA certificate.`,
      });
      return;
    }
    report({
      message: `${what}, so chain validation does not accept it as the issuer of other certificates (RFC 5280). If this is meant to be an issuing CA, it must be reissued as a CA certificate.`,
    });
  },
};
