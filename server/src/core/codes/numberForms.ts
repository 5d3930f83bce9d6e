// Number forms of an error code: decimal, negative decimal (signed HRESULT), hexadecimal, HRESULT_FROM_WIN32.
// HRESULT layout and facility numbers: winerror.h (FACILITY_WIN32 7, FACILITY_SECURITY/SSPI 9, FACILITY_CERT 11);
// RasClient 20227 prints HRESULTs as signed decimals (shared/reference/DOMAIN.md §3.1).

const TWO_TO_32 = 0x1_0000_0000;

export const FACILITY_WIN32 = 7;

const FACILITY_NAMES: Readonly<Record<number, string>> = {
  7: 'FACILITY_WIN32',
  9: 'FACILITY_SECURITY',
  11: 'FACILITY_CERT',
};

export interface NumberForms {
  /** Unsigned 32-bit value. */
  readonly value: number;
  /** 0x-prefixed upper-case hex; HRESULT-sized values are padded to 8 digits. */
  readonly hex: string;
  /** The value read as a signed 32-bit integer (what RasClient prints for HRESULTs). */
  readonly signed: number;
  /** Severity bit set: a failure HRESULT. */
  readonly isHresult: boolean;
  readonly facility?: number;
  readonly facilityName?: string;
  /** For HRESULT_FROM_WIN32 (0x8007xxxx): the Win32 code inside. */
  readonly win32Code?: number;
}

export function formatHex(value: number): string {
  const digits = value.toString(16).toUpperCase();
  return '0x' + (value > 0xffff ? digits.padStart(8, '0') : digits);
}

/** All forms of an unsigned 32-bit value. */
export function numberForms(value: number): NumberForms {
  const unsigned = value >>> 0;
  const isHresult = unsigned >= 0x8000_0000;
  const signed = unsigned | 0;
  if (!isHresult) return { value: unsigned, hex: formatHex(unsigned), signed, isHresult };
  const facility = (unsigned >>> 16) & 0x7ff;
  const facilityName = FACILITY_NAMES[facility];
  const win32Code = facility === FACILITY_WIN32 ? unsigned & 0xffff : undefined;
  return {
    value: unsigned,
    hex: formatHex(unsigned),
    signed,
    isHresult,
    facility,
    ...(facilityName ? { facilityName } : {}),
    ...(win32Code !== undefined ? { win32Code } : {}),
  };
}

/** HRESULT_FROM_WIN32 as winerror.h defines it (0 stays 0). */
export function hresultFromWin32(code: number): number {
  return code <= 0 ? code >>> 0 : ((code & 0xffff) | (FACILITY_WIN32 << 16) | 0x8000_0000) >>> 0;
}

const DECIMAL = /^-?\d{1,10}$/;
const PREFIXED_HEX = /^0x([0-9a-f]{1,8})$/i;
// A negative 0x number (-0x1, -0x7FF4FEFF): the signed reading of an HRESULT, written in hex.
const NEGATIVE_HEX = /^-0x([0-9a-f]{1,8})$/i;
// Hex without a prefix only when a letter makes it unambiguous (800B0101, 35E9).
const BARE_HEX = /^(?=[0-9]*[a-f])[0-9a-f]{1,8}$/i;
// Eight digits starting with 8 look like an HRESULT typed without 0x (80070040).
const HRESULT_LOOKALIKE = /^8\d{7}$/;

/**
 * Every reading of a code as typed: decimal, negative decimal, 0x hex, negative 0x hex, bare hex with a letter. An
 * eight-digit number starting with 8 also yields its hex reading second. Empty when the text is not a number in
 * 32 bits.
 */
export function parseCodeNumbers(text: string): NumberForms[] {
  const token = text.trim();
  if (DECIMAL.test(token)) {
    const n = Number(token);
    if (n < -0x8000_0000 || n >= TWO_TO_32) return [];
    const readings = [numberForms(n < 0 ? n + TWO_TO_32 : n)];
    if (HRESULT_LOOKALIKE.test(token)) readings.push(numberForms(parseInt(token, 16)));
    return readings;
  }
  const negativeHex = NEGATIVE_HEX.exec(token)?.[1];
  if (negativeHex !== undefined) {
    const n = -parseInt(negativeHex, 16);
    return n < -0x8000_0000 ? [] : [numberForms(n < 0 ? n + TWO_TO_32 : 0)];
  }
  const hex = PREFIXED_HEX.exec(token)?.[1] ?? (BARE_HEX.test(token) ? token : undefined);
  return hex === undefined ? [] : [numberForms(parseInt(hex, 16))];
}

/** The first reading of `parseCodeNumbers`, or undefined. */
export function parseCodeNumber(text: string): NumberForms | undefined {
  return parseCodeNumbers(text)[0];
}
