// Official documents (src/documents): sealed certificates (annex 5) rendered per second in one
// process, next to a blank A4 page made with the same library (pdfkit) in the same run, in
// alternating rounds so that both see the same machine; then, in a process of its own, the
// resident memory after render 1,000 and after render 10,000 of certificates that differ like real
// ones (name, number), each read after a full collection (the median of five such processes).
// Where the time goes, measured in the same rounds: a page with one line in each face, and the QR's
// matrix alone. Nothing is compressed anew for a certificate: its fonts are compressed once per
// process (render/fast-paths.ts) and its page content is written uncompressed
// (render/page-content.ts), whose size is reported.
// Prints the figures and writes bench/results/documents.json.
//   node --import tsx bench/documents.bench.ts
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fork } from 'node:child_process';
import v8 from 'node:v8';
import vm from 'node:vm';
import PDFDocument from 'pdfkit';
import { renderCertificate, type CertificateData } from '../src/documents/index.js';
import { makeQr } from '../src/documents/render/qr.js';
import { Sheet } from '../src/documents/render/sheet.js';
import { realisticSamples } from '../src/documents/samples/realistic.js';
import { generateSealKeys } from '../src/documents/seal/signer.js';

const ROUNDS = 5;
const ROUND_MS = 1000;
/** Processes that each render the memory run's certificates (the figure is their median). */
const MEMORY_RUNS = 5;

export interface DocumentsBenchOptions {
  /** Renders in the memory run (the figure compares RSS after 1,000 and after this many). */
  renders?: number;
}

export interface DocumentsBenchResult {
  node: string;
  /** Median over the rounds. */
  certificatesPerSecond: number;
  blankPagesPerSecond: number;
  /** certificates ÷ blank pages; goal ≥ 0.5. */
  ratio: number;
  ratioGoalMet: boolean;
  certificateBytes: number;
  blankPageBytes: number;
  /** Where a certificate's time goes: a page with one Kazakh line in each face (both fonts
   *  subset and embedded, no QR), per second, and the QR's matrix alone, in ms. */
  oneLinePagesPerSecond: number;
  qrMs: number;
  /** The certificate's page content (its operators, written uncompressed). */
  pageContentBytes: number;
  rss: {
    afterFirst1000Mb: number;
    afterLastMb: number;
    /** The same two moments without the collection before the reading. */
    rawAfterFirst1000Mb: number;
    rawAfterLastMb: number;
    renders: number;
    /** The median of the processes' growths … */
    growthPercent: number;
    /** … each process's, in the order they ran. */
    runsGrowthPercent: number[];
    goalMet: boolean;
  };
}

function blankPage(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

/** Certificates as they come: each with its own holder and number (the fonts' layout memo sees
 *  new words, as in real use). */
function certificates(): (i: number) => CertificateData {
  const seal = { signer: generateSealKeys().signer, publicUrl: 'https://tirkeu.example.kz' };
  const base = realisticSamples('kk', seal).certificate;
  const surnames = ['Әбдіқадыров', 'Ким', 'Смит', 'Мюллер', 'Оспанов', 'Гонсалес', 'Нұрланов', 'Ли'];
  return (i) => ({
    ...base,
    number: `19-000/2026/1-${String((i % 9999) + 1).padStart(4, '0')}`,
    holder: { surname: `${surnames[i % surnames.length]!}${i}`, name: 'Нұрлан', patronymic: 'Серікұлы' },
  });
}

/** The lengths of a PDF's page content streams. */
function pageContentBytes(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let total = 0;
  for (const c of text.matchAll(/\/Contents (\d+) 0 R/g)) {
    const m = new RegExp(`\\n${c[1]!} 0 obj\\n<<[^]*?/Length (\\d+)[^]*?>>\\s*stream\\n`).exec(text);
    if (m) total += Number(m[1]);
  }
  return total;
}

async function perSecond(fn: (i: number) => Promise<Buffer>, ms: number): Promise<number> {
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) await fn(n++);
  return (n * 1000) / (performance.now() - t0);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** A full collection, then the resident memory: what the process holds, not how much garbage the
 *  collector happened to leave at that instant (one raw sample moved by ±25% from run to run with
 *  the heap after collection flat at 25 MB from render 2,000 to 20,000). The raw sample is kept too. */
interface Reading {
  rss: number;
  raw: number;
  /** What V8 holds (its heap's reserved size) and what it counts outside it (buffers). */
  heapTotal: number;
  external: number;
}

function residentAfterCollection(): Reading {
  const raw = process.memoryUsage().rss;
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  const m = process.memoryUsage();
  return { rss: m.rss, raw, heapTotal: m.heapTotal, external: m.external };
}

interface MemoryReadings {
  first: Reading;
  last: Reading;
}

/** Certificates only, from the start of a process of their own: the rounds above leave the
 *  allocator holding what thousands of blank pages (each compressed, unlike a certificate) used,
 *  and a reading after them says more about that than about certificates. */
async function certificatesMemory(renders: number): Promise<MemoryReadings> {
  const certificate = certificateRenderer();
  let first: Reading = { rss: 0, raw: 0, heapTotal: 0, external: 0 };
  for (let i = 0; i < renders; i++) {
    await certificate(i);
    if (i + 1 === 1000) first = residentAfterCollection();
  }
  return { first, last: residentAfterCollection() };
}

function memoryInFreshProcess(renders: number): Promise<MemoryReadings> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TIRKEU_BENCH_DOCUMENTS_MEMORY: String(renders) },
  });
  return new Promise<MemoryReadings>((resolve, reject) => {
    child.once('message', (m) => resolve(m as MemoryReadings));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the memory process ended (${String(code)})`)));
  });
}

function certificateRenderer(): (i: number) => Promise<Buffer> {
  const data = certificates();
  return (i) => renderCertificate(data(i), { lang: 'kk' });
}

export async function runDocumentsBench(options: DocumentsBenchOptions = {}): Promise<DocumentsBenchResult> {
  const renders = options.renders ?? 10_000;
  const certificate = certificateRenderer();
  for (let i = 0; i < 30; i++) {
    await blankPage();
    await certificate(i);
  }
  const oneLine = (): Promise<Buffer> => {
    const sheet = new Sheet({ options: { lang: 'kk' }, title: 'bench' });
    sheet.text('Қазақстан Республикасының');
    sheet.text('КУӘЛІГІ', { face: 'bold' });
    return sheet.finish();
  };
  const certRates: number[] = [];
  const blankRates: number[] = [];
  const oneLineRates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    blankRates.push(await perSecond(() => blankPage(), ROUND_MS));
    certRates.push(await perSecond(certificate, ROUND_MS));
    oneLineRates.push(await perSecond(oneLine, ROUND_MS / 2));
  }
  const qrText = `https://tirkeu.example.kz/check/19-000/2026/1-0009#${'x'.repeat(250)}`;
  for (let i = 0; i < 20; i++) makeQr(qrText); // this size's mask tables, the JIT
  const tq = performance.now();
  for (let i = 0; i < 100; i++) makeQr(qrText);
  const qrMs = (performance.now() - tq) / 100;

  // The median of MEMORY_RUNS processes. The reading at render 1,000 falls anywhere from 213 to
  // 268 MB from one process to the next (the one at 10,000: 250–264 MB), by 60–90 MB that neither
  // V8's heap nor its buffers account for — what the collector's and the compiler's background
  // threads took from malloc (with --single-threaded it never moves; one malloc arena does not
  // steady it). The heap after collection stays at 25 MB from render 2,000 to 30,000.
  const growth = (m: MemoryReadings): number => (m.last.rss - m.first.rss) / m.first.rss;
  const runs: MemoryReadings[] = [];
  for (let r = 0; r < MEMORY_RUNS; r++) runs.push(await memoryInFreshProcess(renders));
  const byGrowth = [...runs].sort((a, b) => growth(a) - growth(b));
  const memory = byGrowth[Math.floor(byGrowth.length / 2)]!;
  const afterFirst = memory.first.rss;
  const afterLast = memory.last.rss;
  const growthPercent = Math.round(growth(memory) * 1000) / 10;

  const certificatesPerSecond = Math.round(median(certRates));
  const blankPagesPerSecond = Math.round(median(blankRates));
  const ratio = Math.round((certificatesPerSecond / blankPagesPerSecond) * 1000) / 1000;
  const result: DocumentsBenchResult = {
    node: process.version,
    certificatesPerSecond,
    blankPagesPerSecond,
    ratio,
    ratioGoalMet: ratio >= 0.5,
    certificateBytes: (await certificate(0)).length,
    blankPageBytes: (await blankPage()).length,
    oneLinePagesPerSecond: Math.round(median(oneLineRates)),
    qrMs: Math.round(qrMs * 100) / 100,
    pageContentBytes: pageContentBytes(await certificate(0)),
    rss: {
      afterFirst1000Mb: mb(afterFirst),
      afterLastMb: mb(afterLast),
      rawAfterFirst1000Mb: mb(memory.first.raw),
      rawAfterLastMb: mb(memory.last.raw),
      renders,
      growthPercent,
      runsGrowthPercent: runs.map((m) => Math.round(growth(m) * 1000) / 10),
      goalMet: growthPercent < 10,
    },
  };
  console.log(
    [
      `documents bench (${result.node}), ${ROUNDS} alternating rounds of ${ROUND_MS} ms`,
      `  certificates  ${certificatesPerSecond}/s (${result.certificateBytes} bytes, QR matrix ${result.qrMs} ms)`,
      `  blank A4 page ${blankPagesPerSecond}/s (${result.blankPageBytes} bytes), same library`,
      `  ratio ${ratio} (goal ≥ 0.5: ${result.ratioGoalMet ? 'met' : 'NOT met'})`,
      `  where the time goes: a page with one line in each face (two fonts subset and embedded) ${result.oneLinePagesPerSecond}/s`,
      `  the certificate's page content: ${result.pageContentBytes} bytes, uncompressed`,
      `  RSS after render 1,000: ${result.rss.afterFirst1000Mb} MB, after render ${renders}: ${result.rss.afterLastMb} MB, growth ${growthPercent}% (median of ${String(MEMORY_RUNS)} processes: ${result.rss.runsGrowthPercent.join('%, ')}%; goal < 10%: ${result.rss.goalMet ? 'met' : 'NOT met'}), each after a full collection; without it ${result.rss.rawAfterFirst1000Mb} → ${result.rss.rawAfterLastMb} MB`,
    ].join('\n'),
  );
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'documents.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

if (process.env.TIRKEU_BENCH_DOCUMENTS_MEMORY !== undefined && process.send) {
  const readings = await certificatesMemory(Number(process.env.TIRKEU_BENCH_DOCUMENTS_MEMORY));
  process.send(readings, () => process.disconnect());
} else if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href
) {
  await runDocumentsBench();
}
