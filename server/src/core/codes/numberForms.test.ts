import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHex, hresultFromWin32, numberForms, parseCodeNumber, parseCodeNumbers } from './numberForms';

test('decimal codes read as themselves', () => {
  const forms = parseCodeNumber('853');
  assert.equal(forms?.value, 853);
  assert.equal(forms?.hex, '0x355');
  assert.equal(forms?.isHresult, false);
  assert.equal(parseCodeNumber('0')?.value, 0);
  assert.equal(parseCodeNumber(' 13801 ')?.value, 13801);
});

test('a negative decimal is a signed HRESULT: -2146762495 is 0x800B0101', () => {
  const forms = parseCodeNumber('-2146762495');
  assert.equal(forms?.hex, '0x800B0101');
  assert.equal(forms?.value, 0x800b0101);
  assert.equal(forms?.signed, -2146762495);
  assert.equal(forms?.isHresult, true);
  assert.equal(forms?.facility, 11);
  assert.equal(forms?.facilityName, 'FACILITY_CERT');
  assert.equal(forms?.win32Code, undefined);
});

test('hexadecimal with or without 0x, any case', () => {
  assert.equal(parseCodeNumber('0x800B0101')?.value, 0x800b0101);
  assert.equal(parseCodeNumber('0x800b0101')?.value, 0x800b0101);
  assert.equal(parseCodeNumber('800B0101')?.value, 0x800b0101);
  assert.equal(parseCodeNumber('35E9')?.value, 13801);
  assert.equal(parseCodeNumber('0x355')?.value, 853);
});

test('a negative 0x number is the signed form of an HRESULT written in hex', () => {
  assert.equal(parseCodeNumber('-0x1')?.hex, '0xFFFFFFFF');
  assert.equal(parseCodeNumber('-0x1')?.signed, -1);
  assert.equal(parseCodeNumber('-0x7FF4FEFF')?.hex, '0x800B0101');
  assert.equal(parseCodeNumber('-0X80000000')?.hex, '0x80000000');
  assert.equal(parseCodeNumber('-0x0')?.value, 0);
  assert.equal(parseCodeNumber('-0x80000001'), undefined, 'below the smallest signed 32-bit value');
  assert.equal(parseCodeNumber('-800B0101'), undefined, 'a negative number without 0x is decimal');
});

test('HRESULT_FROM_WIN32: 0x800735E9 carries Win32 error 13801, and back', () => {
  const forms = parseCodeNumber('0x800735E9');
  assert.equal(forms?.win32Code, 13801);
  assert.equal(forms?.facilityName, 'FACILITY_WIN32');
  assert.equal(hresultFromWin32(13801), 0x800735e9);
  assert.equal(hresultFromWin32(64), 0x80070040);
  assert.equal(hresultFromWin32(0), 0);
  assert.equal(parseCodeNumber('-2147024832')?.win32Code, 64, 'signed decimal of 0x80070040');
});

test('eight digits starting with 8 also read as an HRESULT typed without 0x', () => {
  const readings = parseCodeNumbers('80070040');
  assert.deepEqual(
    readings.map((r) => r.value),
    [80070040, 0x80070040],
  );
  assert.equal(parseCodeNumbers('853').length, 1);
});

test('things that are not a 32-bit code are refused', () => {
  for (const text of ['', 'xyz', 'hello', '0x', '0x1234567890', '4294967296', '-2147483649', '1.5', '12 34', '--5', '0xG1']) {
    assert.equal(parseCodeNumber(text), undefined, text);
  }
  assert.equal(parseCodeNumber('4294967295')?.hex, '0xFFFFFFFF');
  assert.equal(parseCodeNumber('-2147483648')?.hex, '0x80000000');
});

test('formatHex pads HRESULT-sized values to eight digits only', () => {
  assert.equal(formatHex(0), '0x0');
  assert.equal(formatHex(0x35e9), '0x35E9');
  assert.equal(formatHex(0x10000), '0x00010000');
  assert.equal(numberForms(-1).value, 0xffffffff);
});
