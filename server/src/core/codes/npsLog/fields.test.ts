import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSharedReference } from '../testing/fixtures';
import { DATABASE_COLUMNS, DB, decodeNpsField, IAS_ATTRIBUTES } from './fields';

test('database-compatible columns: 66, Reason-Code is the 26th', () => {
  assert.equal(DATABASE_COLUMNS.length, 66);
  assert.equal(DATABASE_COLUMNS[25], 'Reason-Code');
  assert.equal(DATABASE_COLUMNS[DB.reasonCode], 'Reason-Code');
  assert.equal(DATABASE_COLUMNS[DB.packetType], 'Packet-Type');
  assert.equal(DATABASE_COLUMNS[DB.userName], 'User-Name');
  assert.equal(DATABASE_COLUMNS[DB.fullyQualifiedName], 'Fully-Qualified-Distinguished-Name');
  assert.equal(DATABASE_COLUMNS[DB.policyName], 'Policy-Name');
});

test('the column list is the one in the shared reference', (t) => {
  const reference = readSharedReference('nps-accounting-log-columns.txt');
  if (!reference) {
    t.skip('shared/reference not available');
    return;
  }
  assert.deepEqual(
    DATABASE_COLUMNS,
    reference.split(/\r?\n/).filter((line) => line.trim() !== ''),
  );
});

test('IAS attribute numbers from sdoias.h', () => {
  assert.equal(IAS_ATTRIBUTES.get(4136), 'Packet-Type');
  assert.equal(IAS_ATTRIBUTES.get(4142), 'Reason-Code');
  assert.equal(IAS_ATTRIBUTES.get(4127), 'Authentication-Type');
  assert.equal(IAS_ATTRIBUTES.get(4149), 'NP-Policy-Name');
  assert.equal(IAS_ATTRIBUTES.get(61), 'NAS-Port-Type');
  assert.equal(IAS_ATTRIBUTES.get(4108), 'Client-IP-Address');
});

test('per-field decoding of numeric values', () => {
  assert.equal(decodeNpsField('Packet-Type', '1'), 'Access-Request');
  assert.equal(decodeNpsField('Packet-Type', '2'), 'Access-Accept');
  assert.equal(decodeNpsField('Packet-Type', '3'), 'Access-Reject');
  assert.equal(decodeNpsField('Packet-Type', '4'), 'Accounting-Request');
  assert.equal(decodeNpsField('Packet-Type', '11'), 'Access-Challenge');
  assert.equal(decodeNpsField('Authentication-Type', '11'), 'PEAP');
  assert.equal(decodeNpsField('Authentication-Type', '5'), 'EAP');
  assert.equal(decodeNpsField('Authentication-Type', '4'), 'MS-CHAPv2');
  assert.equal(decodeNpsField('NAS-Port-Type', '5'), 'Virtual');
  assert.equal(decodeNpsField('NAS-Port-Type', '19'), 'Wireless - IEEE 802.11');
  assert.equal(decodeNpsField('Service-Type', '2'), 'Framed');
  assert.equal(decodeNpsField('Framed-Protocol', '1'), 'PPP');
  assert.equal(decodeNpsField('Acct-Status-Type', '1'), 'Start');
  assert.equal(decodeNpsField('Acct-Status-Type', '2'), 'Stop');
  assert.equal(decodeNpsField('Acct-Terminate-Cause', '1'), 'User Request');
  assert.equal(decodeNpsField('Tunnel-Type', '1'), 'PPTP');
  assert.equal(decodeNpsField('Tunnel-Type', '3'), 'L2TP');
  assert.equal(decodeNpsField('Tunnel-Medium-Type', '1'), 'IPv4');
  assert.equal(decodeNpsField('Provider-Type', '1'), 'Windows');
  assert.equal(decodeNpsField('Client-Vendor', '311'), 'Microsoft');
  assert.equal(decodeNpsField('MS-Acct-EAP-Type', '13'), 'EAP-TLS');
  assert.match(decodeNpsField('Reason-Code', '258') ?? '', /CRL/);
  assert.match(decodeNpsField('Reason-Code', '16') ?? '', /^IAS_AUTH_FAILURE: /);
});

test('names are case-insensitive; unknown fields, values and non-numbers decode to nothing', () => {
  assert.equal(decodeNpsField('packet-type', '3'), 'Access-Reject');
  assert.equal(decodeNpsField('Packet-Type', '99'), undefined);
  assert.equal(decodeNpsField('Packet-Type', ''), undefined);
  assert.equal(decodeNpsField('Packet-Type', 'x3'), undefined);
  assert.equal(decodeNpsField('User-Name', '3'), undefined);
  assert.equal(decodeNpsField('Reason-Code', '40'), undefined);
});
