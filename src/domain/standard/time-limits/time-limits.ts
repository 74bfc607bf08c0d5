// §7 and §16 as data of a rule version (domain.md §4).
export interface WorkingDayLimit {
  workingDays: number;
  clause: string;
}

export interface MinuteLimit {
  minutes: number;
  clause: string;
}

export interface TimeLimits {
  /** §7.1: the result signed and ready to collect by the n-th working day after the start day. */
  result: WorkingDayLimit;
  /** §16: a refusal delivered or dispatched by the n-th working day after the start day. */
  refusalDelivery: WorkingDayLimit;
  /** §7.2: longest wait in the queue on the day of application. */
  queueWait: MinuteLimit;
  /** §7.3: longest service time on the day of application. */
  service: MinuteLimit;
  /** §7.4: longest wait when collecting the certificate or reference. */
  collectWait: MinuteLimit;
}

/** Which clock: §7.1 (the result) or §16 (a refusal). */
export type CaseClock = 'result' | 'refusal';
