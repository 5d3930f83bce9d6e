// Reads a text file the way Windows tools write them: UTF-8 (with or without BOM) or UTF-16 with a BOM
// (Windows PowerShell's Out-File default). The BOM is dropped so columns match what editors show.
import { readFileSync } from 'node:fs';

/** Synchronous: the CLI reads one file after another, and awaiting each read only adds idle time. */
export function readTextFile(file: string): string {
  return decodeText(readFileSync(file));
}

export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('utf8');
}
