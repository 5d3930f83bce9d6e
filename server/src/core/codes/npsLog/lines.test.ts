import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLogFixture } from '../testing/fixtures';
import { fieldAt, fieldValue, parseNpsLine, type NpsLine } from './lines';

function firstLines(name: string): string[] {
  return readLogFixture(name).toString('utf8').split('\r\n');
}

function parse(line: string): NpsLine | undefined {
  return parseNpsLine(line, 0, line.length);
}

test('database-compatible format: 66 columns, quotes removed, Reason-Code in column 26', () => {
  const reject = firstLines('IN2501.log')[1];
  const line = parse(reject);
  assert.equal(line?.format, 'database');
  assert.equal(line?.fields.length, 66);
  const reason = line!.fields[25];
  assert.equal(reason.name, 'Reason-Code');
  assert.equal(reason.position, 'column 26');
  assert.equal(reason.value, '258');
  assert.equal(reject.slice(reason.start, reason.end), '258');
  const computer = line!.fields[0];
  assert.equal(computer.value, 'NPS01');
  assert.equal(reject.slice(computer.start, computer.end), 'NPS01', 'the range excludes the quotes');
  assert.equal(fieldValue(line!, 'policy-name')?.value, 'AOVPN User Tunnel');
  assert.equal(fieldValue(line!, 'packet-type')?.value, '3');
});

test('database-compatible format: a quoted comma stays inside its field; "" is a quote', () => {
  const withComma = firstLines('IN2501.log').find((l) => l.includes('Smith, Erin'))!;
  const line = parse(withComma)!;
  assert.equal(line.fields.length, 66);
  assert.equal(line.fields[6].value, 'corp.example.net/Staff/Smith, Erin');
  assert.equal(line.fields[25].value, '66');
  const quoted = parse('"NPS01","IAS",01/22/2025,08:02:11,3,"a ""quoted"" name"' + ',x'.repeat(60))!;
  assert.equal(quoted.fields[5].value, 'a "quoted" name');
});

test('IAS format: header fields, then attribute,value pairs named by number', () => {
  const reject = firstLines('iaslog2501.log')[1];
  const line = parse(reject)!;
  assert.equal(line.format, 'ias');
  assert.deepEqual(
    line.fields.slice(0, 6).map((f) => f.name),
    ['NAS-IP-Address', 'User-Name', 'Record-Date', 'Record-Time', 'Service-Name', 'Computer-Name'],
  );
  const reason = fieldValue(line, 'reason-code')!;
  assert.equal(reason.value, '258');
  assert.equal(reason.position, 'attribute 4142');
  assert.equal(reject.slice(reason.idStart, reason.idEnd), '4142');
  assert.equal(fieldAt(line, reason.idStart! + 1), reason, 'hovering the attribute number finds its value');
  assert.equal(fieldValue(line, 'packet-type')?.value, '3');
  assert.equal(fieldValue(line, 'np-policy-name')?.value, 'AOVPN User Tunnel');
});

test('DTS (XML) format: every element with data_type is a field', () => {
  const reject = firstLines('IN2501-dts.log')[1];
  const line = parse(reject)!;
  assert.equal(line.format, 'dts');
  const reason = fieldValue(line, 'reason-code')!;
  assert.equal(reason.value, '258');
  assert.equal(reject.slice(reason.start, reason.end), '258');
  const manual = '<Event><Reason-Code data_type="0">258</Reason-Code><Packet-Type data_type="0">3</Packet-Type></Event>';
  const parsed = parse(manual)!;
  assert.deepEqual(
    parsed.fields.map((f) => [f.name, f.value]),
    [
      ['Reason-Code', '258'],
      ['Packet-Type', '3'],
    ],
  );
});

test('lines that are not NPS log records are refused', () => {
  for (const text of [
    '',
    'Log Name:      Application',
    'Error,1/22/2025 10:15:42 AM,RasClient,20227,None,"The user dialed"',
    'a,b,c,d,e,f,g',
    '10.0.0.1,user,01/22/2025,10:15:42,7,NPS01,4136,3',
    '<Event>no data types here</Event>',
  ]) {
    assert.equal(parse(text), undefined, text);
  }
});

test('offsets are document offsets when the line is in the middle of a text', () => {
  const [first, second] = firstLines('IN2501.log');
  const text = first + '\r\n' + second + '\r\n';
  const start = first.length + 2;
  const line = parseNpsLine(text, start, start + second.length)!;
  const reason = line.fields[25];
  assert.equal(text.slice(reason.start, reason.end), '258');
});
