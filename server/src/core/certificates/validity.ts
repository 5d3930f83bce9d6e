// Where a certificate stands in time relative to `now` ("expired 3 days ago", "expires in 12 days").
import type { CertificateInfo } from './model';

export const DEFAULT_EXPIRY_WARNING_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export type ValidityState = 'valid' | 'expiring-soon' | 'expired' | 'not-yet-valid';

export interface Validity {
  readonly state: ValidityState;
  /** Whole days until expiry (negative once expired). */
  readonly daysLeft: number;
  /** `expires in 12 days`, `expired 3 days ago (on 2025-05-29)`, `valid from 2026-01-01`. */
  readonly text: string;
}

export function validityOf(cert: Pick<CertificateInfo, 'notBefore' | 'notAfter'>, now: Date, expiryWarningDays = DEFAULT_EXPIRY_WARNING_DAYS): Validity {
  const notBefore = Date.parse(cert.notBefore);
  const notAfter = Date.parse(cert.notAfter);
  const daysLeft = Math.floor((notAfter - now.getTime()) / DAY);
  if (now.getTime() > notAfter) {
    const ago = Math.max(0, Math.floor((now.getTime() - notAfter) / DAY));
    const when = ago === 0 ? 'today' : ago === 1 ? '1 day ago' : `${ago} days ago`;
    return { state: 'expired', daysLeft, text: `expired ${when} (on ${day(cert.notAfter)})` };
  }
  if (now.getTime() < notBefore) {
    return { state: 'not-yet-valid', daysLeft, text: `not valid before ${day(cert.notBefore)}` };
  }
  const text = daysLeft === 0 ? `expires today (${day(cert.notAfter)})` : `expires in ${daysLeft === 1 ? '1 day' : `${daysLeft} days`} (on ${day(cert.notAfter)})`;
  return { state: daysLeft < expiryWarningDays ? 'expiring-soon' : 'valid', daysLeft, text };
}

/** `2025-06-01` from an ISO timestamp. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}
