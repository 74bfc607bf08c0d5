import type { kk } from './kk.js';

/** Every catalogue has exactly the keys of the Kazakh one (the compiler checks; a test checks again). */
export type MessageKey = keyof typeof kk;
export type Catalogue = Record<MessageKey, string>;
