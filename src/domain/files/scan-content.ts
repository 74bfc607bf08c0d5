// §11: the scans of the documents handed in are PDF, JPEG or PNG — recognised by their CONTENT, never
// by the name or the media type a browser declares (a `.pdf` that is a Windows program is refused).
//
// Two steps. `file-type` (a maintained sniffer of several hundred formats) names the format from the
// leading bytes, so anything else — an executable, an archive, a GIF — is refused. Magic bytes alone
// would pass a file cut short in transit or a header glued to junk, so each accepted format then gets a
// small structural walk written here, because no maintained pure-JS library checks structure without
// decoding the whole image or PDF (sharp needs a native binary, pdf.js or pdf-lib parse every object):
//   PNG  — every chunk's length and CRC-32, IHDR first, at least one IDAT, IEND last with nothing after;
//   JPEG — the marker segments up to the scan, a frame header (SOFn) and a scan (SOS), and EOI after it;
//   PDF  — a version header, and at the end `startxref` pointing inside the file at a cross-reference
//          table or stream, followed by `%%EOF`.
// An image also states its size in pixels (PNG's IHDR, JPEG's frame header): one past MAX_SCAN_PIXELS
// is refused, because a few kilobytes of a decompression bomb declare billions of pixels that the
// browser of the clerk who opens the scan would try to decode.
// Pure: bytes in, a verdict out.
import { crc32 as zlibCrc32 } from 'node:zlib';
import { fileTypeFromBuffer } from 'file-type/core';

export const SCAN_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ScanMediaType = (typeof SCAN_MEDIA_TYPES)[number];

/** Why a file is not taken (the field codes of the forms and the API). */
export type ScanContentIssue = 'file_empty' | 'file_type_not_allowed' | 'file_damaged' | 'image_too_large';

/** The most pixels a scanned image may have: an A3 page at 600 dpi is about 70 million. */
export const MAX_SCAN_PIXELS = 100_000_000;

export type ScanContentVerdict =
  { ok: true; mediaType: ScanMediaType } | { ok: false; code: ScanContentIssue };

const SNIFFED: Readonly<Record<string, ScanMediaType>> = {
  'application/pdf': 'application/pdf',
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
  // An animated PNG is a PNG whose extra chunks a plain viewer ignores.
  'image/apng': 'image/png',
};

export async function checkScanContent(bytes: Uint8Array): Promise<ScanContentVerdict> {
  if (bytes.length === 0) return { ok: false, code: 'file_empty' };
  const sniffed = await fileTypeFromBuffer(bytes);
  const mediaType = sniffed ? SNIFFED[sniffed.mime] : undefined;
  if (!mediaType) return { ok: false, code: 'file_type_not_allowed' };
  const issue =
    mediaType === 'image/png'
      ? pngIssue(bytes)
      : mediaType === 'image/jpeg'
        ? jpegIssue(bytes)
        : pdfIssue(bytes);
  return issue ? { ok: false, code: issue } : { ok: true, mediaType };
}

type Issue = ScanContentIssue | null;

const pixelsIssue = (width: number, height: number): Issue =>
  width * height > MAX_SCAN_PIXELS ? 'image_too_large' : null;

const u32 = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** CRC-32 (ISO 3309), as PNG puts after each chunk: zlib's native one (pure computation, no I/O;
 *  about 15 times faster than a table in JavaScript, which would hold the event loop ~180 ms per
 *  10 MiB PNG). */
export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes) >>> 0;
}

function pngIssue(b: Uint8Array): Issue {
  let at = 8; // the signature, already recognised
  let first = true;
  let sawData = false;
  while (at + 12 <= b.length) {
    const length = u32(b, at);
    const type = ascii(b, at + 4, at + 8);
    if (!/^[A-Za-z]{4}$/.test(type) || length > 0x7fffffff) return 'file_damaged';
    const end = at + 12 + length;
    if (end > b.length) return 'file_damaged'; // cut short
    if (crc32(b.subarray(at + 4, at + 8 + length)) !== u32(b, at + 8 + length)) return 'file_damaged';
    if (first) {
      if (type !== 'IHDR' || length !== 13 || u32(b, at + 8) === 0 || u32(b, at + 12) === 0)
        return 'file_damaged';
      const tooLarge = pixelsIssue(u32(b, at + 8), u32(b, at + 12));
      if (tooLarge) return tooLarge;
    }
    first = false;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData && length === 0 && end === b.length ? null : 'file_damaged';
    at = end;
  }
  return 'file_damaged'; // no IEND: cut short
}

function jpegIssue(b: Uint8Array): Issue {
  let at = 2; // SOI, already recognised
  let sawFrame = false;
  let sawScan = false;
  while (at < b.length) {
    if (b[at] !== 0xff) return 'file_damaged';
    while (b[at] === 0xff) at++; // fill bytes
    const marker = b[at++];
    if (marker === undefined || marker === 0x00) return 'file_damaged'; // FF 00 belongs inside a scan only
    if (marker === 0xd9) return sawFrame && sawScan ? null : 'file_damaged'; // EOI (anything after it is not the image's)
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // TEM, RSTn: no length
    if (at + 2 > b.length) return 'file_damaged';
    const length = u16(b, at);
    if (length < 2 || at + length > b.length) return 'file_damaged';
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      // The frame header: length, sample precision, then the number of lines and of samples a line.
      if (length < 7) return 'file_damaged';
      const tooLarge = pixelsIssue(u16(b, at + 5), u16(b, at + 3));
      if (tooLarge) return tooLarge;
      sawFrame = true;
    }
    at += length;
    if (marker === 0xda) {
      if (!sawFrame) return 'file_damaged';
      sawScan = true;
      // The entropy-coded data runs to the next marker that is neither a stuffed 00 nor a restart
      // (found with the native indexOf: a byte loop in JavaScript costs ~90 ms per 10 MiB).
      for (;;) {
        const ff = b.indexOf(0xff, at);
        if (ff < 0 || ff + 1 >= b.length) return 'file_damaged'; // no EOI: cut short
        const next = b[ff + 1]!;
        at = ff;
        if (next !== 0x00 && (next < 0xd0 || next > 0xd7)) break;
        at = ff + 2;
      }
    }
  }
  return 'file_damaged';
}

function pdfIssue(b: Uint8Array): Issue {
  if (!/^%PDF-[12]\.\d/.test(ascii(b, 0, Math.min(8, b.length)))) return 'file_damaged';
  const tailFrom = Math.max(0, b.length - 2048);
  const tail = ascii(b, tailFrom, b.length);
  // The last startxref, its offset, then %%EOF and at most trailing white space.
  const m = /startxref\s+(\d{1,12})\s+%%EOF[\s\0]*$/.exec(tail);
  if (!m) return 'file_damaged';
  const offset = Number(m[1]);
  if (offset <= 0 || offset >= tailFrom + m.index) return 'file_damaged';
  const target = ascii(b, offset, Math.min(b.length, offset + 40));
  return /^\s*(xref\b|\d+\s+\d+\s+obj\b)/.test(target) ? null : 'file_damaged';
}

/** The name a file is shown and downloaded under: no folders, no control characters, 200 at most. */
export function scanFileName(raw: string | undefined, mediaType: ScanMediaType): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const clean = base
    .replace(/[\p{Cc}"]/gu, '')
    .trim()
    .slice(-200);
  const ext = mediaType === 'application/pdf' ? 'pdf' : mediaType === 'image/png' ? 'png' : 'jpg';
  return clean === '' || clean.startsWith('.') ? `scan.${ext}` : clean;
}
