// src/documents is a layer of its own: it may use libraries, fonts, the pure domain and the legal
// date helper of views/, but never the database, the HTTP layer, the use-cases or the jobs —
// the renderers take plain data, so the staff pages and the CLI can call them alike.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.resolve(HERE, '..');
const FORBIDDEN = ['db', 'http', 'app', 'jobs', 'cli', 'config'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

it('documents/ imports nothing from db, http, app, jobs, cli or config', () => {
  const problems: string[] = [];
  const all = files(HERE);
  assert.ok(all.length > 10);
  for (const file of all) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const layer = path.relative(SRC, path.resolve(path.dirname(file), m[1]!)).split(path.sep)[0]!;
      if (FORBIDDEN.includes(layer)) problems.push(`${path.relative(SRC, file)} imports ${m[1]!}`);
    }
  }
  assert.deepEqual(problems, []);
});
