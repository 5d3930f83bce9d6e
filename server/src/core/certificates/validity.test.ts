import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validityOf } from './validity';

const NOW = new Date('2025-06-01T12:00:00Z');
const cert = (notBefore: string, notAfter: string) => ({ notBefore, notAfter });

test('validity: expired, expiring soon, valid and not yet valid, relative to the given now', () => {
  assert.deepEqual(validityOf(cert('2020-01-01T00:00:00Z', '2025-05-30T12:00:00Z'), NOW), { state: 'expired', daysLeft: -2, text: 'expired 2 days ago (on 2025-05-30)' });
  assert.equal(validityOf(cert('2020-01-01T00:00:00Z', '2025-06-01T11:00:00Z'), NOW).text, 'expired today (on 2025-06-01)');
  assert.deepEqual(validityOf(cert('2020-01-01T00:00:00Z', '2025-06-13T12:00:00Z'), NOW), { state: 'expiring-soon', daysLeft: 12, text: 'expires in 12 days (on 2025-06-13)' });
  assert.equal(validityOf(cert('2020-01-01T00:00:00Z', '2025-06-13T12:00:00Z'), NOW, 10).state, 'valid');
  assert.equal(validityOf(cert('2020-01-01T00:00:00Z', '2025-06-02T13:00:00Z'), NOW).text, 'expires in 1 day (on 2025-06-02)');
  assert.deepEqual(validityOf(cert('2025-07-01T00:00:00Z', '2026-07-01T00:00:00Z'), NOW).state, 'not-yet-valid');
});
