// The size of the load: a short form for CI, the full form with LOAD_FULL=1 (npm run test:load).
export const FULL = process.env.LOAD_FULL === '1';
export const CLIENTS = FULL ? 200 : 50;
export const SECONDS = FULL ? 60 : 15;
/** Each suite's bound: preparing the database, starting the server (twice), the load, the checks. */
export const SUITE_TIMEOUT_MS = (FULL ? 15 : 6) * 60_000;
