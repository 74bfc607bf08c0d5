// An office's weekly schedule as printed in annexes 1, 2 and 4 (§9). Used only for "open now"
// and for the start day of a clock (domain.md §4); legal terms never use office hours.
export interface WeeklySchedule {
  /** ISO weekdays the office receives on: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Local wall-clock time, `HH:MM`. */
  open: string;
  close: string;
  /** The lunch break, or null when none is printed. */
  break: { start: string; end: string } | null;
  /** The schedule as printed in the seed, whitespace normalised. */
  text: string;
}

/** The usual schedule of annexes 1, 2 and 4 (§9): Monday–Friday 09:00–18:00, break 13:00–14:00. Used
 *  for an office whose seed row prints none. */
export const USUAL_SCHEDULE: WeeklySchedule = {
  days: [1, 2, 3, 4, 5],
  open: '09:00',
  close: '18:00',
  break: { start: '13:00', end: '14:00' },
  text: '',
};
