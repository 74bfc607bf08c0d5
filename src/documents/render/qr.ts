import QRCode from 'qrcode';

// The seal's QR as vector modules (crisp at any print resolution, a few hundred bytes of PDF).
// Error correction M survives a fold or a smudge on paper; dark modules of a row are merged into
// one rectangle, and the four-module quiet zone the readers need stays white.

const QUIET = 4;

export type Qr = ReturnType<typeof QRCode.create>;

export function makeQr(text: string): Qr {
  // One byte-mode segment: the seal is an ASCII URL, and letting the library search for the best
  // mix of numeric, alphanumeric and byte segments costs ten times the rest of the QR (qrcode 1.5).
  return QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
}

/** Modules across, quiet zone included. */
export function qrWidthInModules(qr: Qr): number {
  return qr.modules.size + 2 * QUIET;
}

export function drawQr(doc: PDFKit.PDFDocument, qr: Qr, x: number, y: number, size: number): void {
  const { modules } = qr;
  const n = modules.size;
  const m = size / (n + 2 * QUIET);
  doc.save();
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      let end = c;
      while (end < n && modules.get(r, end)) end++;
      // A hair of overlap between rows keeps renderers from drawing seams between modules.
      doc.rect(x + (QUIET + c) * m, y + (QUIET + r) * m, (end - c) * m, m + 0.05);
      c = end;
    }
  }
  doc.fill('black').restore();
}
