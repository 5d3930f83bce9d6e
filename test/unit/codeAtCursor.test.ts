import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeAtCursor } from '../../client/src/codeAtCursor';

test('Explain Error Code starts from the selection or the code under the cursor', () => {
  const line = 'Error 853 then 0x800B0101, reason:258 and -2146762495 at 12:30';
  assert.equal(codeAtCursor(line, line.indexOf('853') + 1), '853');
  assert.equal(codeAtCursor(line, line.indexOf('0x800B0101') + 4), '0x800B0101');
  assert.equal(codeAtCursor(line, line.indexOf('reason:258')), 'reason:258');
  assert.equal(codeAtCursor(line, line.indexOf('-2146762495') + 3), '-2146762495');
  assert.equal(codeAtCursor(line, line.indexOf('then') + 1), undefined);
  // The selection wins when it is short and on one line.
  assert.equal(codeAtCursor(line, 0, ' event:20227 '), 'event:20227');
  assert.equal(codeAtCursor(line, line.indexOf('853'), 'a\nb'), '853');
  assert.equal(codeAtCursor(line, line.indexOf('853'), 'x'.repeat(65)), '853');
});
