import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { logOutline, logSymbols, MAX_LOG_SYMBOLS } from './logOutline';

const LOGS = path.resolve(__dirname, '../../../../../test/fixtures/logs');
const read = (name: string) => fs.readFileSync(path.join(LOGS, name), 'utf8');

test('Event Viewer text: one symbol per event, named by event ID, code and user', () => {
  const text = read('rasclient-events.txt');
  const symbols = logSymbols(text);
  assert.equal(symbols.length, 6);
  assert.equal(symbols[0].name, 'Event 20221 · CORP\\alice');
  assert.equal(symbols[1].name, 'Event 20227 · error 853 · CORP\\alice');
  assert.equal(symbols[1].detail, 'RasClient · 1/22/2025 8:02:11 AM');
  assert.equal(text.slice(symbols[1].selectionRange.start, symbols[1].selectionRange.end), 'Event ID:      20227');
  assert.ok(text.slice(symbols[1].range.start, symbols[1].range.end).startsWith('Log Name:'));
  assert.equal(symbols[0].range.end, symbols[1].range.start, 'records follow each other');
  assert.ok(symbols.every((s) => s.kind === 'event'));
});

test('NPS security events: the user from the description, the reason code', () => {
  const symbols = logSymbols(read('nps-security-events.txt'));
  assert.equal(symbols.length, 4);
  assert.equal(symbols[0].name, 'Event 6273 · reason 258 · CORP\\alice');
});

test('NPS accounting logs: one symbol per Access-Reject, in all three formats', () => {
  for (const name of ['IN2501.log', 'iaslog2501.log', 'IN2501-dts.log']) {
    const text = read(name);
    const symbols = logSymbols(text);
    assert.equal(symbols.length, 5, name);
    assert.equal(symbols[0].name, 'Access-Reject · reason 258 · CORP\\alice', name);
    assert.equal(symbols[0].detail, 'policy AOVPN User Tunnel', name);
    assert.equal(symbols[0].kind, 'request');
    assert.match(text.slice(symbols[0].range.start, symbols[0].range.end), /258/);
  }
  assert.deepEqual(logSymbols(read('notes-negatives.txt')), []);
});

test('names are escaped and the outline is bounded', () => {
  const hostile = 'Log Name: Application\nSource: RasClient\nEvent ID: 20227\nUser: CORP\\\u202eevil\x1b[31m\n';
  assert.equal(logSymbols(hostile)[0].name, 'Event 20227 · CORP\\\\u202eevil\\x1b[31m');
  const many = 'Event ID: 20227\nUser: x\n'.repeat(MAX_LOG_SYMBOLS + 10);
  assert.equal(logSymbols(many).length, MAX_LOG_SYMBOLS);
});

test('logOutline computes once per analysis', () => {
  const analysis = { text: read('rasclient-events.txt') };
  const first = logOutline(analysis);
  assert.equal(logOutline(analysis), first);
  assert.notEqual(logOutline({ text: analysis.text }), first);
  assert.deepEqual(logOutline({ text: analysis.text }), first);
});
