// The messages of one part of the system, kept apart so that each part's catalogue can grow on its
// own; kk.ts, ru.ts and en.ts spread them in, and the catalogue test checks the three stay aligned.
export const complaintsKk = {} as const;

type Keys = keyof typeof complaintsKk;
export const complaintsRu: Record<Keys, string> = {};
export const complaintsEn: Record<Keys, string> = {};
