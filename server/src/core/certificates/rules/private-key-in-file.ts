// A PEM private key in a document: whoever has the file can act as the certificate's owner.
import { SOURCES } from '../../sources';
import type { PemRule } from '../rule';

export const privateKeyInFileRule: PemRule = {
  id: 'cert/private-key-in-file',
  defaultSeverity: 'warning',
  title: 'The file contains a private key',
  docUrl: SOURCES.pem.url,
  fixKinds: [],
  docs: {
    rationale:
      "A `-----BEGIN PRIVATE KEY-----` block (or an RSA, EC or encrypted one) holds the key that proves a certificate's identity. " +
      'In a shared folder or in source control it lets anyone who reads the file act as the server, user or device the certificate names.',
  },
  check({ block, report }) {
    if (block.kind !== 'private-key') return;
    report({
      range: block.beginRange,
      message: "This file contains a private key. Whoever has the file can act as the certificate's owner; keep private keys out of shared folders and source control.",
    });
  },
};
