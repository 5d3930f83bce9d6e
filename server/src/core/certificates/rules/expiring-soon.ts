// Expiry announced ahead of time: the threshold is a setting (aovpn.certificates.expiryWarningDays, default 30).
import { SOURCES } from '../../sources';
import type { CertificateRule } from '../rule';
import { validityOf } from '../validity';

export const expiringSoonRule: CertificateRule = {
  id: 'cert/expiring-soon',
  defaultSeverity: 'warning',
  title: 'The certificate expires soon',
  docUrl: SOURCES.troubleshootAovpn.url,
  fixKinds: [],
  docs: {
    rationale:
      'A certificate that expires stops every connection that depends on it (see `cert/expired`). This rule warns while there is still time to renew: ' +
      'within the number of days set by `aovpn.certificates.expiryWarningDays` (30 by default).',
  },
  check({ cert, now, expiryWarningDays, report }) {
    const validity = validityOf(cert, now, expiryWarningDays);
    if (validity.state !== 'expiring-soon') return;
    report({ message: `The certificate ${validity.text}, within the ${expiryWarningDays}-day warning period. Renew it before then.` });
  },
};
