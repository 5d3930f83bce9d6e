// A certificate PEM block that cannot be decoded (RFC 7468 textual encoding): its base64 or its DER is damaged.
import { SOURCES } from '../../sources';
import type { PemRule } from '../rule';

export const invalidPemBlockRule: PemRule = {
  id: 'cert/invalid-pem-block',
  defaultSeverity: 'error',
  title: 'A certificate PEM block cannot be decoded',
  docUrl: SOURCES.pem.url,
  fixKinds: [],
  docs: {
    rationale:
      'A PEM block is a certificate in base64 between `-----BEGIN CERTIFICATE-----` and `-----END CERTIFICATE-----` lines (RFC 7468). ' +
      'When its base64 or the certificate inside is damaged (a character lost in copying, a missing END line), no tool can read it; the finding sits on the first damaged character where one can be named.',
  },
  check({ block, error, report }) {
    if (error === undefined) return;
    report({ range: block.errorRange ?? block.beginRange, message: error });
  },
};
