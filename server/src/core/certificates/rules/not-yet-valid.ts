// A certificate whose validity starts in the future is rejected until then (often a clock or time-zone slip).
import { CERT_DOCS, type CertificateRule } from '../rule';
import { validityOf } from '../validity';

export const notYetValidRule: CertificateRule = {
  id: 'cert/not-yet-valid',
  defaultSeverity: 'error',
  title: 'The certificate is not valid yet',
  docUrl: CERT_DOCS.troubleshoot,
  passed: 'Already valid',
  check({ cert, now, expiryWarningDays }) {
    const validity = validityOf(cert, now, expiryWarningDays);
    if (validity.state !== 'not-yet-valid') return undefined;
    return { message: `The certificate is ${validity.text}; until then Windows rejects it. Check the clocks of the CA and of this machine.` };
  },
};
