// Expiry announced ahead of time: the threshold is a setting (aovpn.certificates.expiryWarningDays, default 30).
import { CERT_DOCS, type CertificateRule } from '../rule';
import { validityOf } from '../validity';

export const expiringSoonRule: CertificateRule = {
  id: 'cert/expiring-soon',
  defaultSeverity: 'warning',
  title: 'The certificate expires soon',
  docUrl: CERT_DOCS.troubleshoot,
  check({ cert, now, expiryWarningDays }) {
    const validity = validityOf(cert, now, expiryWarningDays);
    if (validity.state !== 'expiring-soon') return undefined;
    return { message: `The certificate ${validity.text}, within the ${expiryWarningDays}-day warning period. Renew it before then.` };
  },
};
