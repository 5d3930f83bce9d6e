// One NPS accounting-log line as fields with offsets, for hover, inlay hints and reject summaries.
// Works on the line alone (cost depends on the line, not the document). Three formats:
//  database-compatible: "NPS01","IAS",01/22/2025,10:15:42,3,"user",... (quoted text, 66 columns)
//  IAS:                 10.0.0.5,user,01/22/2025,10:15:42,IAS,NPS01,4136,3,4142,258,...  (6 header fields, id,value pairs)
//  DTS (XML):           <Event><Timestamp data_type="4">…</Timestamp>…<Reason-Code data_type="0">258</Reason-Code></Event>
import { DATABASE_COLUMNS, IAS_ATTRIBUTES, IAS_HEADER } from './fields';

export type NpsLineFormat = 'database' | 'ias' | 'dts';

export interface NpsField {
  /** Column, header or element name (Reason-Code, Packet-Type, …). */
  readonly name: string;
  /** Where the name comes from, for the hover: "column 26", "attribute 4142", "element". */
  readonly position: string;
  /** Offsets of the value in the document (quotes excluded). */
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** The offsets of what names this value on the line: the IAS attribute number, or the DTS element name. */
  readonly idStart?: number;
  readonly idEnd?: number;
}

export interface NpsLine {
  readonly format: NpsLineFormat;
  readonly fields: readonly NpsField[];
}

/** Lines longer than this are not parsed (a hover must stay cheap). */
export const MAX_LOG_LINE = 100_000;

const DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const TIME = /^\d{1,2}:\d{2}:\d{2}(\.\d+)?$/;
const DIGITS = /^\d+$/;

interface RawField {
  start: number;
  end: number;
  value: string;
}

// Splits a line on commas outside double quotes; a quoted value loses its quotes and "" becomes ".
// Offsets are `base` + index into `line`.
function splitCsv(line: string, base: number): RawField[] {
  const fields: RawField[] = [];
  const end = line.length;
  let pos = 0;
  for (;;) {
    if (line.charCodeAt(pos) === 34 /* " */) {
      let scan = pos + 1;
      let value = '';
      let close = end;
      while (scan < end) {
        const quote = line.indexOf('"', scan);
        if (quote < 0) break;
        value += line.slice(scan, quote);
        if (line.charCodeAt(quote + 1) === 34) {
          value += '"';
          scan = quote + 2;
          continue;
        }
        close = quote;
        break;
      }
      if (close === end) value += line.slice(scan, end);
      fields.push({ start: base + pos + 1, end: base + close, value });
      const comma = line.indexOf(',', close);
      if (comma < 0) break;
      pos = comma + 1;
    } else {
      const found = line.indexOf(',', pos);
      const comma = found < 0 ? end : found;
      fields.push({ start: base + pos, end: base + comma, value: line.slice(pos, comma) });
      if (found < 0) break;
      pos = comma + 1;
    }
  }
  return fields;
}

function parseDatabase(raw: RawField[]): NpsLine | undefined {
  if (raw.length < 26) return undefined;
  if (!DATE.test(raw[2].value) || !TIME.test(raw[3].value)) return undefined;
  if (raw[4].value !== '' && !DIGITS.test(raw[4].value)) return undefined;
  const fields = raw.map((field, index) => ({
    name: DATABASE_COLUMNS[index] ?? `Column ${index + 1}`,
    position: `column ${index + 1}`,
    ...field,
  }));
  return { format: 'database', fields };
}

function parseIas(raw: RawField[]): NpsLine | undefined {
  if (raw.length < 6) return undefined;
  if (!DATE.test(raw[2].value) || !TIME.test(raw[3].value)) return undefined;
  if (raw[4].value === '' || DIGITS.test(raw[4].value)) return undefined;
  const fields: NpsField[] = raw.slice(0, 6).map((field, index) => ({
    name: IAS_HEADER[index],
    position: `header field ${index + 1}`,
    ...field,
  }));
  for (let i = 6; i + 1 < raw.length; i += 2) {
    const id = raw[i];
    if (!DIGITS.test(id.value)) return undefined;
    const attribute = Number(id.value);
    const value = raw[i + 1];
    fields.push({
      name: IAS_ATTRIBUTES.get(attribute) ?? `Attribute ${attribute}`,
      position: `attribute ${attribute}`,
      ...value,
      idStart: id.start,
      idEnd: id.end,
    });
  }
  return { format: 'ias', fields };
}

const DTS_ELEMENT = /<([A-Za-z][\w-]*)\s+data_type="\d+"\s*>([^<]*)<\/\1>/g;

function parseDts(text: string, lineStart: number, lineEnd: number): NpsLine | undefined {
  const line = text.slice(lineStart, lineEnd);
  if (line.indexOf('data_type=') < 0) return undefined;
  const fields: NpsField[] = [];
  DTS_ELEMENT.lastIndex = 0;
  for (let match = DTS_ELEMENT.exec(line); match; match = DTS_ELEMENT.exec(line)) {
    const elementStart = lineStart + match.index;
    const valueStart = elementStart + match[0].indexOf('>') + 1;
    fields.push({
      name: match[1],
      position: 'element',
      start: valueStart,
      end: valueStart + match[2].length,
      value: match[2],
      idStart: elementStart + 1,
      idEnd: elementStart + 1 + match[1].length,
    });
  }
  return fields.length > 0 ? { format: 'dts', fields } : undefined;
}

/** Parses the line [lineStart, lineEnd) of `text` as an NPS accounting-log record, or undefined. */
export function parseNpsLine(text: string, lineStart: number, lineEnd: number): NpsLine | undefined {
  if (lineEnd - lineStart > MAX_LOG_LINE || lineEnd <= lineStart) return undefined;
  if (text.charCodeAt(lineEnd - 1) === 13 /* \r */) lineEnd--;
  const first = text.charCodeAt(lineStart);
  if (first === 60 /* < */) return parseDts(text, lineStart, lineEnd);
  const line = text.slice(lineStart, lineEnd);
  if (line.indexOf(',') < 0) return undefined;
  const raw = splitCsv(line, lineStart);
  return parseDatabase(raw) ?? parseIas(raw);
}

export function fieldAt(line: NpsLine, offset: number): NpsField | undefined {
  return line.fields.find(
    (field) =>
      (offset >= field.start && offset <= field.end && (field.end > field.start || offset === field.start)) ||
      (field.idStart !== undefined && offset >= field.idStart && offset <= (field.idEnd ?? field.idStart)),
  );
}

/** The first field with one of these names (lower-case) that has a value. */
export function fieldValue(line: NpsLine, names: ReadonlySet<string> | string): NpsField | undefined {
  const wanted = typeof names === 'string' ? new Set([names]) : names;
  return line.fields.find((field) => field.value !== '' && wanted.has(field.name.toLowerCase()));
}
