// domain.md §8: application logs never contain an IIN, passport number, person's name or religious
// affiliation. This runs last (scripts/test.sh) over the logs every other test wrote to
// test-results/logs/, looking for the values the tests used as personal data.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { LOG_DIR } from '../helpers/app.js';
import { SENTINELS } from '../helpers/personal-data.js';

const logs = fs.existsSync(LOG_DIR)
  ? fs
      .readdirSync(LOG_DIR)
      .filter((f) => f.endsWith('.log'))
      .map((f) => path.join(LOG_DIR, f))
  : [];

it('the test run left logs to check (the check is not vacuous)', () => {
  const total = logs.reduce((n, f) => n + fs.statSync(f).size, 0);
  assert.ok(
    logs.length > 0 && total > 10_000,
    `expected logs in ${LOG_DIR}, found ${logs.length} files, ${total} bytes`,
  );
  const text = logs.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  assert.match(text, /"msg":"request completed"/, 'the logs are the application’s request logs');
});

it('no log line holds a test value of personal data', () => {
  const found: string[] = [];
  for (const file of logs) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [kind, value] of Object.entries(SENTINELS)) {
      // Case-insensitive, and also as JSON would escape it.
      const forms = [value, JSON.stringify(value).slice(1, -1)].map((v) => v.toLowerCase());
      const lower = text.toLowerCase();
      if (forms.some((f) => lower.includes(f))) found.push(`${path.basename(file)}: ${kind}`);
    }
  }
  assert.deepEqual(found, []);
});
