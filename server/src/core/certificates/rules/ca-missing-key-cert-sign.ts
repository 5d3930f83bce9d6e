// RFC 5280 §4.2.1.3: when Key Usage is present, a key may sign certificates only if keyCertSign is set.
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import { CA_ROLES } from '../roles';

export const caMissingKeyCertSignRule: CertificateRule = {
  id: 'cert/ca-missing-key-cert-sign',
  defaultSeverity: 'error',
  title: "A CA certificate's Key Usage does not allow signing certificates",
  docUrl: SOURCES.rfc5280KeyUsage.url,
  fixKinds: [],
  roles: CA_ROLES,
  passed: 'Key Usage allows signing certificates (keyCertSign)',
  docs: {
    rationale:
      'When a certificate carries the Key Usage extension, its key may sign certificates only if keyCertSign is among the usages (RFC 5280). ' +
      'A CA certificate without it cannot be the issuer of a valid chain: the certificates it signed do not validate.',
  },
  check({ cert, report }) {
    if (!cert.keyUsage || cert.keyUsage.usages.includes('keyCertSign')) return;
    report({ message: `Its Key Usage (${cert.keyUsage.usages.join(', ') || 'empty'}) lacks keyCertSign, so certificates signed with this key do not validate (RFC 5280).` });
  },
};
