// docs/ARCHITECTURE.md: dependencies point one way (http → app → domain, app → db); domain/ imports
// nothing of ours outside itself and does no I/O. Checked on the source text of every module.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';

const SRC = path.resolve('src');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$|test-helper\.ts$/.test(e.name) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm),
  ].map((m) => (m[1] ?? m[2])!);
}

const layerOf = (abs: string) => path.relative(SRC, abs).split(path.sep)[0]!;

const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  app: ['app', 'domain', 'db', 'documents'],
  db: ['db', 'domain'],
  i18n: ['i18n'],
  config: ['config'],
  jobs: ['jobs', 'app', 'db', 'domain'],
  views: ['views', 'i18n', 'app', 'domain'],
};

it('each layer imports only the layers below it', () => {
  const problems: string[] = [];
  for (const file of files(SRC)) {
    const layer = layerOf(file);
    const allowed = ALLOWED[layer];
    if (!allowed) continue; // http, cli, documents and the composition root may use everything
    for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
      const target = layerOf(path.resolve(path.dirname(file), spec));
      if (!allowed.includes(target)) problems.push(`${path.relative(SRC, file)} imports ${spec} (${target})`);
    }
  }
  assert.deepEqual(problems, []);
});

it('domain/ does no I/O: no file system, network, database, HTTP framework or environment', () => {
  const forbidden =
    /^(node:)?(fs|net|http|https|child_process|dgram|tls)(\/|$)|^pg$|^@electric-sql\/|^fastify|^drizzle-orm/;
  const problems: string[] = [];
  for (const file of files(path.join(SRC, 'domain'))) {
    for (const spec of imports(file))
      if (forbidden.test(spec)) problems.push(`${path.relative(SRC, file)} imports ${spec}`);
    if (/\bprocess\.env\b/.test(fs.readFileSync(file, 'utf8')))
      problems.push(`${path.relative(SRC, file)} reads process.env`);
  }
  assert.deepEqual(problems, []);
});

it('only config/ reads process.env', () => {
  const readers = files(SRC)
    .filter((f) => /\bprocess\.env\b/.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(SRC, f));
  assert.deepEqual(readers, ['config/config.ts']);
});
