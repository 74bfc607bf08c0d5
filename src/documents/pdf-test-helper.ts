// Test helper: the Debian tools that read a PDF back as a person or a phone would — pdftotext
// (text and word boxes), pdftoppm (pixels), pdfinfo, pdffonts (poppler-utils), zbarimg
// (zbar-tools) and qpdf (the file's structure). A missing tool FAILS the test that needs it, with the package to install: these
// checks are the proof that the documents are real text and a readable QR, never skipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PACKAGE: Readonly<Record<string, string>> = {
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  zbarimg: 'zbar-tools',
  qpdf: 'qpdf',
};

function run(tool: string, args: readonly string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new Error(`${tool} is not installed: apt-get install -y ${PACKAGE[tool] ?? tool}`);
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} exited ${String(r.status)}: ${r.stderr}`);
  return r.stdout;
}

let dir: string | null = null;
let seq = 0;
function tempFile(ext: string): string {
  dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-documents-'));
  return path.join(dir, `f${++seq}.${ext}`);
}

function withPdf<T>(pdf: Buffer, fn: (file: string) => T): T {
  const file = tempFile('pdf');
  fs.writeFileSync(file, pdf);
  try {
    return fn(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * The text pdftotext gives back in the order it was written (`-raw`: a table's cells one after
 * another, and a word broken after its hyphen keeps the hyphen — the default mode would drop it),
 * whitespace folded and such a word joined again.
 */
export function pdfText(pdf: Buffer): string {
  return foldText(withPdf(pdf, (f) => run('pdftotext', ['-raw', '-enc', 'UTF-8', f, '-'])));
}

/** qpdf's check of the file's structure (objects, cross-reference table, streams): its report when
 *  it finds nothing wrong; a warning or an error fails (qpdf exits 3 or 2). */
export function pdfCheck(pdf: Buffer): string {
  return withPdf(pdf, (f) => run('qpdf', ['--check', f]));
}

export function foldText(text: string): string {
  return text
    .replace(/-\n(?=\S)/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface WordBox {
  page: number;
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageBoxes {
  width: number;
  height: number;
  words: WordBox[];
}

/** Every word with its box in points, per page (`pdftotext -bbox`). */
export function pdfWordBoxes(pdf: Buffer): PageBoxes[] {
  const html = withPdf(pdf, (f) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', f, '-']));
  const pages: PageBoxes[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const page = pages.length + 1;
    const words = [
      ...m[3]!.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({ page, xMin: +w[1]!, yMin: +w[2]!, xMax: +w[3]!, yMax: +w[4]!, word: w[5]! }));
    pages.push({ width: +m[1]!, height: +m[2]!, words });
  }
  return pages;
}

export function pdfInfo(pdf: Buffer): { pages: number; pageSize: string } {
  const out = withPdf(pdf, (f) => run('pdfinfo', [f]));
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]),
    pageSize: /^Page size:\s+(.+)$/m.exec(out)?.[1]?.trim() ?? '',
  };
}

/** Names of the fonts in the PDF and whether each is embedded. */
export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean }[] {
  const out = withPdf(pdf, (f) => run('pdffonts', [f]));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: "emb" is the fifth column from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** The first page as a PNG file at `dpi`. */
export function renderFirstPage(pdf: Buffer, dpi: number): string {
  const out = tempFile('png').replace(/\.png$/, '');
  withPdf(pdf, (f) =>
    run('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '1', '-singlefile', f, out]),
  );
  return `${out}.png`;
}

/** The text of every QR code zbarimg finds in the image. */
export function decodeQr(png: string): string[] {
  return run('zbarimg', ['--quiet', '--raw', png])
    .split('\n')
    .filter((l) => l !== '');
}
