// A certificate whose validity starts in the future is rejected until then (often a clock or time-zone slip).
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import { validityOf } from '../validity';

export const notYetValidRule: CertificateRule = {
  id: 'cert/not-yet-valid',
  defaultSeverity: 'error',
  title: 'The certificate is not valid yet',
  docUrl: SOURCES.troubleshootAovpn.url,
  fixKinds: [],
  passed: 'Already valid',
  docs: {
    rationale:
      'A certificate is valid only from its "not before" date. Before then Windows rejects it as it rejects an expired one; ' +
      'a start date in the future usually comes from a wrong clock on the CA or on the machine that judges it.',
  },
  check({ cert, now, expiryWarningDays, report }) {
    const validity = validityOf(cert, now, expiryWarningDays);
    if (validity.state !== 'not-yet-valid') return;
    report({ message: `The certificate is ${validity.text}; until then Windows rejects it. Check the clocks of the CA and of this machine.` });
  },
};
