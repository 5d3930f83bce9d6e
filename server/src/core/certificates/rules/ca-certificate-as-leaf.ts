// A CA certificate (Basic Constraints cA=true) judged as a server, user or device certificate. RFC 5280 §4.2.1.9
// reserves cA=true for keys that sign certificates; an end-entity role deserves its own certificate.
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import { LEAF_ROLES } from '../roles';
import { roleNoun } from './shared';

export const caCertificateAsLeafRule: CertificateRule = {
  id: 'cert/ca-certificate-as-leaf',
  defaultSeverity: 'warning',
  title: 'A CA certificate is used as a server, user or device certificate',
  docUrl: SOURCES.rfc5280BasicConstraints.url,
  fixKinds: [],
  roles: LEAF_ROLES,
  passed: 'An end-entity certificate (not a CA)',
  docs: {
    rationale:
      'Basic Constraints with cA=true marks a certificate whose key signs other certificates (RFC 5280). ' +
      'Using such a certificate as a VPN server, NPS, user or device certificate mixes two jobs in one key; issue a separate end-entity certificate for the role.',
  },
  check({ cert, role, report }) {
    if (!cert.isCA) return;
    report({
      message: `This is a CA certificate (Basic Constraints: cA=true), meant to sign other certificates, not to serve as ${roleNoun(role)}. Issue a separate end-entity certificate for that role from the CA.`,
    });
  },
};
