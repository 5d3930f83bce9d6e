// RFC 5280 §4.2.1.3: when Key Usage is present, a key may sign certificates only if keyCertSign is set.
import { CERT_DOCS, type CertificateRule } from '../rule';
import { CA_ROLES } from '../roles';

export const caMissingKeyCertSignRule: CertificateRule = {
  id: 'cert/ca-missing-key-cert-sign',
  defaultSeverity: 'error',
  title: 'A CA certificate\'s Key Usage does not allow signing certificates',
  docUrl: CERT_DOCS.keyUsage,
  roles: CA_ROLES,
  passed: 'Key Usage allows signing certificates (keyCertSign)',
  check({ cert }) {
    if (!cert.keyUsage || cert.keyUsage.usages.includes('keyCertSign')) return undefined;
    return { message: `Its Key Usage (${cert.keyUsage.usages.join(', ') || 'empty'}) lacks keyCertSign, so certificates signed with this key do not validate (RFC 5280).` };
  },
};
