// A CA certificate (Basic Constraints cA=true) judged as a server, user or device certificate. RFC 5280 §4.2.1.9
// reserves cA=true for keys that sign certificates; an end-entity role deserves its own certificate.
import { CERT_DOCS, type CertificateRule } from '../rule';
import { LEAF_ROLES } from '../roles';
import { roleNoun } from './shared';

export const caCertificateAsLeafRule: CertificateRule = {
  id: 'cert/ca-certificate-as-leaf',
  defaultSeverity: 'warning',
  title: 'A CA certificate is used as a server, user or device certificate',
  docUrl: CERT_DOCS.basicConstraints,
  roles: LEAF_ROLES,
  passed: 'An end-entity certificate (not a CA)',
  check({ cert, role }) {
    if (!cert.isCA) return undefined;
    return {
      message: `This is a CA certificate (Basic Constraints: cA=true), meant to sign other certificates, not to serve as ${roleNoun(role)}. Issue a separate end-entity certificate for that role from the CA.`,
    };
  },
};
