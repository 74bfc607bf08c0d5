import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import {
  MAX_SCAN_PIXELS,
  checkScanContent,
  crc32,
  scanFileName,
} from '../../src/domain/files/scan-content.js';

// Real files from real encoders (pdfkit, then poppler's pdftoppm for the JPEGs and the PNG).
const fixture = (name: string) =>
  new Uint8Array(fs.readFileSync(new URL(`../fixtures/scans/${name}`, import.meta.url)));
const PDF = fixture('page.pdf');
const JPEG = fixture('page.jpg');
const PROGRESSIVE = fixture('progressive.jpg');
const PNG = fixture('page.png');

const cat = (...parts: (Uint8Array | string)[]) =>
  new Uint8Array(
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))),
  );

function chunk(type: string, data: Uint8Array): Uint8Array {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = cat(type, data);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return cat(len, body, crc);
}

describe('scan content (§11)', () => {
  it('takes a PDF, a baseline and a progressive JPEG and a PNG, naming each by its content', async () => {
    assert.deepEqual(await checkScanContent(PDF), { ok: true, mediaType: 'application/pdf' });
    assert.deepEqual(await checkScanContent(JPEG), { ok: true, mediaType: 'image/jpeg' });
    assert.deepEqual(await checkScanContent(PROGRESSIVE), { ok: true, mediaType: 'image/jpeg' });
    assert.deepEqual(await checkScanContent(PNG), { ok: true, mediaType: 'image/png' });
  });

  it('takes a PNG built chunk by chunk, and CRC-32 is the standard one', async () => {
    assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
    const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    const png = cat(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from([0, 0]))),
      chunk('IEND', new Uint8Array()),
    );
    assert.deepEqual(await checkScanContent(png), { ok: true, mediaType: 'image/png' });
  });

  it('refuses an image that declares more pixels than a scan needs (a decompression bomb), at any file size', async () => {
    const png = (width: number, height: number) => {
      const ihdr = Buffer.alloc(13);
      ihdr.writeUInt32BE(width, 0);
      ihdr.writeUInt32BE(height, 4);
      ihdr.set([8, 0, 0, 0, 0], 8);
      return cat(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk('IHDR', ihdr),
        // A few bytes that inflate to a whole row of zeros for every line declared.
        chunk('IDAT', deflateSync(Buffer.alloc(1 << 16))),
        chunk('IEND', new Uint8Array()),
      );
    };
    assert.equal(MAX_SCAN_PIXELS, 100_000_000);
    assert.deepEqual(await checkScanContent(png(10_000, 10_000)), { ok: true, mediaType: 'image/png' });
    assert.deepEqual(await checkScanContent(png(10_000, 10_001)), { ok: false, code: 'image_too_large' });
    assert.deepEqual(await checkScanContent(png(100_000, 100_000)), { ok: false, code: 'image_too_large' });
    // The JPEG's frame header (SOF0) of the real fixture, its lines and samples a line set to 65,535.
    const sof = JPEG.findIndex((v, i) => v === 0xff && JPEG[i + 1] === 0xc0);
    assert.ok(sof > 0);
    const jpeg = new Uint8Array(JPEG);
    jpeg.set([0xff, 0xff, 0xff, 0xff], sof + 5);
    assert.deepEqual(await checkScanContent(jpeg), { ok: false, code: 'image_too_large' });
  });

  it('refuses an empty file', async () => {
    assert.deepEqual(await checkScanContent(new Uint8Array()), { ok: false, code: 'file_empty' });
  });

  it('refuses what is not a PDF, JPEG or PNG, whatever it is called', async () => {
    const exe = cat('MZ', new Uint8Array(62), 'This program cannot be run in DOS mode.', new Uint8Array(200));
    const gif = cat('GIF89a', new Uint8Array(40));
    const zip = cat(Buffer.from([0x50, 0x4b, 0x03, 0x04]), new Uint8Array(60));
    const html = cat('<!doctype html><html><script>alert(1)</script></html>');
    for (const bytes of [exe, gif, zip, html, cat('just some text, not a document')])
      assert.deepEqual(await checkScanContent(bytes), { ok: false, code: 'file_type_not_allowed' });
  });

  it('refuses a file cut short or broken inside, though its first bytes look right', async () => {
    const damaged = [
      PNG.subarray(0, PNG.length - 12), // no IEND
      PNG.subarray(0, 60), // cut inside a chunk
      cat(PNG, 'trailing'), // something glued after IEND
      (() => {
        const b = new Uint8Array(PNG);
        b[40] = b[40]! ^ 0xff; // a flipped byte inside a chunk: its CRC no longer fits
        return b;
      })(),
      JPEG.subarray(0, JPEG.length - 2), // no EOI
      JPEG.subarray(0, 30),
      PROGRESSIVE.subarray(0, PROGRESSIVE.length - 100),
      PDF.subarray(0, PDF.length - 10), // no %%EOF
      PDF.subarray(0, 400),
      cat('%PDF-1.7\n', 'startxref\n999999\n%%EOF\n'), // points outside the file
      cat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), new Uint8Array(10)),
    ];
    for (const [i, bytes] of damaged.entries())
      assert.deepEqual(await checkScanContent(bytes), { ok: false, code: 'file_damaged' }, `case ${i}`);
    // A bare signature is too little for the sniffer to call it a PNG at all: refused all the same.
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal((await checkScanContent(signature)).ok, false);
  });

  it('keeps a safe file name: no folders, no control characters, a default when nothing is left', () => {
    assert.equal(scanFileName('C:\\Users\\clerk\\паспорт.pdf', 'application/pdf'), 'паспорт.pdf');
    assert.equal(scanFileName('../../etc/passwd', 'application/pdf'), 'passwd');
    assert.equal(scanFileName('a"b\r\n.png', 'image/png'), 'ab.png');
    assert.equal(scanFileName('', 'image/jpeg'), 'scan.jpg');
    assert.equal(scanFileName('.htaccess', 'image/png'), 'scan.png');
    assert.equal(scanFileName(`${'x'.repeat(300)}.pdf`, 'application/pdf').length, 200);
  });
});
