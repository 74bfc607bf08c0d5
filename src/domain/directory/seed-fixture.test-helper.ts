// Test helper: the seed text for the directory's tests. The code under test stays pure (it takes
// the text as a string); only the tests read the file.
// eslint-disable-next-line no-restricted-imports -- tests read the seed fixture; domain code does no I/O
import { readFileSync } from 'node:fs';

export const SEED_TEXT: string = readFileSync(
  new URL('../../../seed/standard-2011-kk.txt', import.meta.url),
  'utf8',
);
