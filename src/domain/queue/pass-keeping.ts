// §10, domain.md §8: a one-time pass holds the visitor's name, needed only while the visit lasts and
// for a short review after it (who was in the building). Kept this many days after its day — each
// office chooses within the bounds — then erased by the retention job.
export const PASS_KEEP_DAYS = { min: 1, max: 30, default: 3 } as const;
