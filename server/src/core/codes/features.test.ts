import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeHoverAt, codeInlayHints, MAX_RANGE_LINES, REJECT_LABEL_MAX, rejectSummaries } from './features';
import { readLogFixture } from './testing/fixtures';
import { generateNpsLog } from './testing/generateNpsLog';

const fixture = (name: string) => readLogFixture(name).toString('utf8');

function hoverOn(text: string, needle: string, within = 0) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the text`);
  return codeHoverAt(text, at + within);
}

test('hover on the error code of a RasClient 20227 event', () => {
  const text = fixture('rasclient-events.txt');
  const hover = hoverOn(text, '853.', 1)!;
  assert.equal(text.slice(hover.range.start, hover.range.end), '853');
  assert.match(hover.markdown, /^\*\*RasClient error code\*\* `853`/);
  assert.match(hover.markdown, /ERROR_EAP_USER_CERT_INVALID/);
  assert.match(hover.markdown, /certutil -enterprise -viewstore NTAuth/);
  const negative = hoverOn(text, '-2146762495')!;
  assert.match(negative.markdown, /`2148204801` = `-2146762495` = `0x800B0101`/);
  assert.match(negative.markdown, /CERT_E_EXPIRED/);
  const event = hoverOn(text, '20227', 2)!;
  assert.match(event.markdown, /Event ID \(source: RasClient\)/);
  assert.match(event.markdown, /4th insertion string/);
});

test('hover on the reason code of an NPS 6273 event', () => {
  const hover = hoverOn(fixture('nps-security-events.txt'), '258')!;
  assert.match(hover.markdown, /^\*\*NPS reason code\*\* `258`/);
  assert.match(hover.markdown, /IgnoreNoRevocationCheck/);
});

test('no hover on plain numbers, dates, IPs or GUIDs', () => {
  const text = fixture('notes-negatives.txt');
  for (const needle of ['258', '853', '10.20.0.5', '443', 'B4000371', '10:15:42', '800B0101']) {
    assert.equal(hoverOn(text, needle, 1), undefined, needle);
  }
  assert.notEqual(hoverOn(text, '809'), undefined, 'the one real mention');
  assert.equal(codeHoverAt(text, -1), undefined);
  assert.equal(codeHoverAt(text, text.length + 1), undefined);
});

test('database-compatible log: hovering any field shows its column name and decoded value', () => {
  const text = fixture('IN2501.log');
  const rejectLine = text.split('\r\n')[1];
  const lineStart = text.indexOf(rejectLine);
  const reason = hoverOn(text, ',258,', 2)!;
  assert.equal(text.slice(reason.range.start, reason.range.end), '258');
  assert.match(reason.markdown, /^\*\*Reason-Code\*\* · column 26 · NPS log, database-compatible format/);
  assert.match(reason.markdown, /NPS reason code 258/);
  const packet = codeHoverAt(text, lineStart + rejectLine.indexOf(',3,') + 1)!;
  assert.match(packet.markdown, /\*\*Packet-Type\*\* · column 5/);
  assert.match(packet.markdown, /`3` = Access-Reject/);
  const auth = codeHoverAt(text, lineStart + rejectLine.indexOf(',11,') + 1)!;
  assert.match(auth.markdown, /\*\*Authentication-Type\*\* · column 24/);
  assert.match(auth.markdown, /`11` = PEAP/);
  const portType = codeHoverAt(text, lineStart + rejectLine.indexOf(',5,') + 1)!;
  assert.match(portType.markdown, /\*\*NAS-Port-Type\*\* · column 20/);
  assert.match(portType.markdown, /= Virtual/);
  const user = hoverOn(text, 'CORP\\alice', 2)!;
  assert.match(user.markdown, /\*\*Fully-Qualified-Distinguished-Name\*\* · column 7/);
  const date = codeHoverAt(text, lineStart + 15)!;
  assert.match(date.markdown, /\*\*Record-Date\*\* · column 3/);
  const empty = codeHoverAt(text, lineStart + rejectLine.indexOf(',,') + 1)!;
  assert.match(empty.markdown, /\*\(empty\)\*/);
});

test('IAS log: hovering the attribute number or its value', () => {
  const text = fixture('iaslog2501.log');
  const onId = hoverOn(text, '4142,258', 1)!;
  assert.equal(text.slice(onId.range.start, onId.range.end), '4142');
  assert.match(onId.markdown, /\*\*Reason-Code\*\* · attribute 4142 · NPS log, IAS format/);
  const onValue = hoverOn(text, '4142,258', 6)!;
  assert.equal(text.slice(onValue.range.start, onValue.range.end), '258');
  assert.match(onValue.markdown, /NPS reason code 258/);
  const packet = hoverOn(text, '4136,3', 5)!;
  assert.match(packet.markdown, /`3` = Access-Reject/);
  const header = codeHoverAt(text, 2)!;
  assert.match(header.markdown, /\*\*NAS-IP-Address\*\* · header field 1/);
});

test('DTS log: hovering an element value', () => {
  const text = fixture('IN2501-dts.log');
  const reason = hoverOn(text, '>258<', 2)!;
  assert.equal(text.slice(reason.range.start, reason.range.end), '258');
  assert.match(reason.markdown, /\*\*Reason-Code\*\* · element · NPS log, DTS \(XML\) format/);
  const packet = hoverOn(text, 'Packet-Type data_type="0">3<', 'Packet-Type data_type="0">'.length)!;
  assert.match(packet.markdown, /`3` = Access-Reject/);
  const port = hoverOn(text, 'NAS-Port-Type data_type="0">5<', 'NAS-Port-Type data_type="0">'.length)!;
  assert.match(port.markdown, /`5` = Virtual/);
  const onName = hoverOn(text, '<Reason-Code', 3)!;
  assert.equal(text.slice(onName.range.start, onName.range.end), 'Reason-Code');
  assert.match(onName.markdown, /NPS reason code 0/);
});

test('inlay hints after decoded log fields and codes in event text', () => {
  const log = fixture('IN2501.log');
  const secondLine = log.indexOf('\r\n') + 2;
  const hints = codeInlayHints(log, { start: secondLine, end: log.indexOf('\r\n', secondLine) });
  assert.deepEqual(
    hints.map((h) => h.label),
    ['Access-Reject', 'PEAP', 'NPS could not check the client certificate agai…'],
  );
  assert.equal(log.slice(hints[2].offset - 3, hints[2].offset), '258', 'the hint sits right after the code');
  const text = fixture('rasclient-events.txt');
  const textHints = codeInlayHints(text, { start: 0, end: text.length }).map((h) => h.label);
  assert.ok(textHints.includes('ERROR_EAP_USER_CERT_INVALID'));
  assert.ok(textHints.includes('ERROR_IPSEC_IKE_NO_CERT'));
  assert.ok(textHints.includes('CERT_E_EXPIRED'));
  assert.deepEqual(
    codeInlayHints(fixture('notes-negatives.txt'), { start: 0, end: 1000 }).map((h) => h.label),
    ['ERROR_VPN_TIMEOUT'],
  );
});

test('one summary per Access-Reject line: user, policy, reason', () => {
  for (const name of ['IN2501.log', 'iaslog2501.log', 'IN2501-dts.log']) {
    const text = fixture(name);
    const summaries = rejectSummaries(text, { start: 0, end: text.length });
    assert.equal(summaries.length, 5, name);
    const [first] = summaries;
    assert.equal(first.user, 'CORP\\alice');
    assert.equal(first.policy, 'AOVPN User Tunnel');
    assert.equal(first.reasonCode, 258);
    assert.match(first.reason ?? '', /CRL/);
    assert.match(first.tooltip, /^Access-Reject · user CORP\\alice · policy "AOVPN User Tunnel" · reason 258: /);
    assert.equal(first.label, 'Reject · CORP\\alice · reason 258');
    assert.match(text.slice(first.range.start, first.range.end), /258/);
    assert.equal(summaries[2].policy, undefined, 'reason 48: no network policy matched');
    assert.match(summaries[2].tooltip, /policy \(none\) · reason 48/);
    for (const summary of summaries) assert.ok(summary.label.length <= REJECT_LABEL_MAX, summary.label);
  }
  assert.deepEqual(rejectSummaries(fixture('rasclient-events.txt'), { start: 0, end: 5000 }), []);
});

test('the Access-Reject label fits 43 characters: a long user name is cut, the tooltip keeps it whole', () => {
  const text = fixture('IN2501.log').replace(/CORP\\alice/g, 'CONTOSO\\a.very.long.user.name@contoso.example');
  const [first] = rejectSummaries(text, { start: 0, end: text.length });
  assert.equal(first.label, 'Reject · CONTOSO\\a.very.long.… · reason 258');
  assert.equal(first.label.length, REJECT_LABEL_MAX);
  assert.match(first.tooltip, /user CONTOSO\\a\.very\.long\.user\.name@contoso\.example · policy/);
});

test('range features stop after a bounded number of lines', () => {
  const text = generateNpsLog(2_000_000);
  const summaries = rejectSummaries(text, { start: 0, end: text.length });
  const linesSeen = text.slice(0, summaries[summaries.length - 1].range.end).split('\n').length;
  assert.ok(linesSeen <= MAX_RANGE_LINES, `${linesSeen} lines`);
});

test('hover cost depends on the line, not on the document size', () => {
  const line = 'CoId={5D6C2A10-8F3B-4C1E-9A7D-2B4E6F801C3A}: The user CORP\\alice dialed a connection named AOVPN which has failed. The error code returned on failure is 853.';
  const small = `Source: RasClient\n${line}\n`;
  const filler = generateNpsLog(20_000_000);
  const large = `${filler}Source: RasClient\n${line}\n${filler}`;
  const time = (text: string) => {
    const offset = text.lastIndexOf('853');
    let best = Infinity;
    for (let run = 0; run < 20; run++) {
      const start = process.hrtime.bigint();
      const hover = codeHoverAt(text, offset);
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
      assert.ok(hover);
    }
    return best;
  };
  const smallMs = time(small);
  const largeMs = time(large);
  assert.ok(largeMs < 2, `hover in a 40 MB document took ${largeMs.toFixed(3)} ms (small: ${smallMs.toFixed(3)} ms)`);
});
