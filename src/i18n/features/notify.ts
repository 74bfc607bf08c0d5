// The messages of one part of the system, kept apart so that each part's catalogue can grow on its
// own; kk.ts, ru.ts and en.ts spread them in, and the catalogue test checks the three stay aligned.
export const notifyKk = {} as const;

type Keys = keyof typeof notifyKk;
export const notifyRu: Record<Keys, string> = {};
export const notifyEn: Record<Keys, string> = {};
