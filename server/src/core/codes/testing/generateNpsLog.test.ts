import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNpsLine } from '../npsLog/lines';
import { generateNpsLog, generateNpsLogChunks } from './generateNpsLog';

test('the generator is deterministic for a seed and differs between seeds', () => {
  assert.equal(generateNpsLog(20_000, { seed: 3 }), generateNpsLog(20_000, { seed: 3 }));
  assert.notEqual(generateNpsLog(20_000, { seed: 3 }), generateNpsLog(20_000, { seed: 4 }));
});

test('every generated line parses in its format, with 66 columns for the database format', () => {
  for (const format of ['database', 'ias', 'dts'] as const) {
    const lines = generateNpsLog(30_000, { format }).split('\r\n').filter(Boolean);
    assert.ok(lines.length > 20);
    for (const line of lines) {
      const parsed = parseNpsLine(line, 0, line.length);
      assert.equal(parsed?.format, format, line);
      if (format === 'database') assert.equal(parsed?.fields.length, 66);
    }
  }
});

test('chunks are whole lines of about the requested size, and the total is reported', () => {
  const chunks: Uint8Array[] = [];
  const total = generateNpsLogChunks(100_000, (chunk) => chunks.push(chunk), { chunkBytes: 10_000 });
  assert.equal(
    chunks.reduce((sum, chunk) => sum + chunk.length, 0),
    total,
  );
  assert.ok(total >= 100_000 && total < 101_000);
  for (const chunk of chunks) assert.equal(chunk[chunk.length - 1], 10, 'each chunk ends with a line break');
});

test('the reject ratio is honoured roughly', () => {
  const lines = generateNpsLog(400_000, { rejectRatio: 0.5 }).split('\r\n').filter(Boolean);
  const packet = (line: string) => parseNpsLine(line, 0, line.length)!.fields[4].value;
  const requests = lines.filter((l) => packet(l) === '1').length;
  const rejects = lines.filter((l) => packet(l) === '3').length;
  assert.ok(Math.abs(rejects / requests - 0.5) < 0.05, `${rejects}/${requests}`);
});
