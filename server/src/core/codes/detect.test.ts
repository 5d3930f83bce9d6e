// Detection in free text: the contexts that make a number a code, and the look-alikes that must stay plain text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCodeMentions, type CodeMention } from './detect';
import { readLogFixture } from './testing/fixtures';

function mentionsIn(text: string): CodeMention[] {
  const found: CodeMention[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    found.push(...findCodeMentions(text, start, end));
    if (newline < 0) break;
    start = newline + 1;
  }
  return found;
}

const summary = (m: CodeMention) => `${m.context}:${m.text}:${m.entries.map((e) => `${e.kind}/${e.code}`).join('+')}`;

test('RasClient 20227 and 20226 message text', () => {
  const text =
    'CoId={5D6C2A10-8F3B-4C1E-9A7D-2B4E6F801C3A}: The user CORP\\alice dialed a connection named AOVPN which has failed. The error code returned on failure is 853.\n' +
    'CoId={A9F0D3B2-1C4E-4B7A-9D22-5E8F6A0B3C71}: The user CORP\\bob dialed a connection named AOVPN which has failed. The error code returned on failure is -2146762495.\n' +
    'The user CORP\\bob dialed a connection named AOVPN which has terminated. The reason code returned on termination is 0.\n' +
    'The user SYSTEM dialed a connection named Device Tunnel which has failed. The error code is 13806.';
  const found = mentionsIn(text);
  assert.deepEqual(found.map(summary), ['rasclient-error:853:ras/853', `rasclient-error:-2146762495:hresult/${0x800b0101}`, 'rasclient-reason:0:win32/0', 'rasclient-error:13806:ike/13806']);
  const first = found[0];
  assert.equal(text.slice(first.start, first.end), '853', 'the range covers the number only');
});

test('NPS event text: "Reason Code:" with tabs or spaces', () => {
  const found = mentionsIn('\tReason Code:\t\t\t258\n\tReason:\t\t\t\tThe revocation function was unable to check revocation.\nReason-Code: 16');
  assert.deepEqual(found.map(summary), ['nps-reason:258:nps-reason/258', 'nps-reason:16:nps-reason/16']);
});

test('"Event ID: N" resolves with the source written above it or on the same line', () => {
  const text = 'Log Name:      Security\nSource:        Microsoft-Windows-Security-Auditing\nDate:          1/22/2025 8:02:11 AM\nEvent ID:      6273\n';
  assert.deepEqual(
    mentionsIn(text).map((m) => [m.context, m.text, m.eventSource, m.entries[0]?.code]),
    [['event-id', '6273', 'Microsoft-Windows-Security-Auditing', 6273]],
  );
  const sameLine = mentionsIn('RasClient event ID 20227 was logged at 08:02.');
  assert.deepEqual(sameLine.map(summary), ['event-id:20227:event/20227']);
  assert.equal(sameLine[0].eventSource, 'RasClient');
  const wrongSource = mentionsIn('Source: Microsoft-Windows-Kernel-General\nEvent ID: 20227\n');
  assert.equal(wrongSource.length, 1);
  assert.deepEqual(wrongSource[0].entries, [], 'the ID is not ours under that source');
  assert.deepEqual(
    mentionsIn('Event ID: 13').map((m) => m.entries[0]?.eventSource),
    ['NPS'],
  );
  const kdcAbove = mentionsIn('Log Name:      System\nSource:        Microsoft-Windows-Kerberos-Key-Distribution-Center\nEvent ID:      39\n');
  assert.deepEqual(
    kdcAbove.map((m) => [m.text, m.entries[0]?.eventSource]),
    [['39', 'Kerberos-Key-Distribution-Center']],
  );
  const kdcSameLine = mentionsIn('The DC logged Kerberos-Key-Distribution-Center event ID 39 at 08:03.');
  assert.deepEqual(kdcSameLine.map(summary), ['event-id:39:event/39']);
  assert.equal(kdcSameLine[0].eventSource, 'Kerberos-Key-Distribution-Center');
  const rrasServer = mentionsIn('Source: RemoteAccess\nEvent ID: 20271\n');
  assert.deepEqual(rrasServer.map(summary), ['event-id:20271:event/20271']);
  assert.deepEqual(mentionsIn('Source: RasClient\nEvent ID: 39\n')[0].entries, [], 'KDC event 39 is not a RasClient event');
});

test('"Error N" and "error code N" count only near VPN words and only for known codes', () => {
  assert.deepEqual(mentionsIn('Error 809: the VPN server did not respond').map(summary), ['error-near-vpn:809:ras/809']);
  assert.deepEqual(mentionsIn('IKEv2 connection failed with error code 13801').map(summary), ['error-near-vpn:13801:ike/13801']);
  assert.deepEqual(mentionsIn('VPN users report:\nerror code: 812 since Monday').map(summary), ['error-near-vpn:812:ras/812']);
  assert.deepEqual(mentionsIn('Error 809 when saving the spreadsheet'), [], 'no VPN words nearby');
  assert.deepEqual(mentionsIn('the VPN portal returned error 500'), [], 'not a catalogue code');
});

test('hexadecimal HRESULTs anywhere, and symbolic names', () => {
  assert.deepEqual(mentionsIn('certutil reported 0x800B0109 for the chain').map(summary), [`hresult:0x800B0109:hresult/${0x800b0109}`]);
  assert.deepEqual(mentionsIn('hr=0x800735E9').map(summary), ['hresult:0x800735E9:ike/13801']);
  assert.deepEqual(mentionsIn('status 0x00000005 is fine'), [], 'not a failure HRESULT');
  assert.deepEqual(mentionsIn('CERT_E_EXPIRED on the SSTP listener').map(summary), [`symbol:CERT_E_EXPIRED:hresult/${0x800b0101}`]);
});

test('bare numbers, dates, times, IP addresses, ports, GUIDs and thumbprints are not codes', () => {
  const negatives = [
    '258',
    '853 users connected today',
    'Reason for the change: 258 users',
    'Date: 1/22/2025 8:02:11 AM',
    'Window 2025-01-22 08:00 to 09:30',
    'Connected to 10.20.0.5 on port 443',
    'VPN server 192.168.13.201:853 is up',
    'Tunnel {B4000371-0258-4853-9A7D-2B4E6F801C3A}',
    'CoId={5D6C2A10-8F3B-4C1E-9A7D-2B4E6F801C3A}',
    'Thumbprint 800B0101A1B2C3D4E5F60718293A4B5C6D7E8F90',
    'VPN error at 10:15:42',
    'VPN error 12.5 percent',
    'The VPN error log 2025-01-22 has 853 lines',
  ];
  for (const line of negatives) assert.deepEqual(mentionsIn(line).map(summary), [], line);
});

test('the negatives fixture yields only its one real mention', () => {
  const text = readLogFixture('notes-negatives.txt').toString('utf8');
  assert.deepEqual(mentionsIn(text).map(summary), ['error-near-vpn:809:ras/809']);
});

test('over-long lines are skipped', () => {
  const long = 'x'.repeat(30_000) + ' The error code returned on failure is 853.';
  assert.deepEqual(mentionsIn(long), []);
});
