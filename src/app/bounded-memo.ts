// The answers of a pure but costly function of a string, remembered for the last `capacity` inputs
// (the oldest forgotten first). For the keyed hashes a request makes again and again with the same
// input — the same visitor's signed cookie on each of their requests, the same address and tracking
// code on each look-up of one applicant: in the service each HMAC or hash object costs about 3–4 µs
// with the collection of its native handle, several per request. Only for functions whose answer
// depends on the input alone (and a key fixed for the process's life).
export class BoundedMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(
    private readonly capacity: number,
    private readonly compute: (input: string) => V = () => {
      throw new Error('this memo answers through getOr only');
    },
  ) {
    if (!(capacity >= 1)) throw new RangeError('a memo holds at least one answer');
  }

  get(input: string): V {
    return this.getOr(input, this.compute);
  }

  /** The answer for `input`, worked out by `compute` when not remembered: for a function the memo's
   *  user can only call with more than the input at hand (e.g. the request it comes from), though the
   *  answer depends on the input alone. */
  getOr(input: string, compute: (input: string) => V): V {
    const known = this.answers.get(input);
    if (known !== undefined) return known;
    const answer = compute(input);
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(input, answer);
    return answer;
  }

  get size(): number {
    return this.answers.size;
  }
}

/** Strings seen, the last `capacity` of them (the oldest forgotten first): for answers remembered
 *  only when they are yes (e.g. a check that passed). */
export class BoundedSet {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('a set holds at least one string');
  }

  has(input: string): boolean {
    return this.seen.has(input);
  }

  add(input: string): void {
    if (this.seen.has(input)) return;
    if (this.seen.size >= this.capacity) this.seen.delete(this.seen.values().next().value!);
    this.seen.add(input);
  }

  get size(): number {
    return this.seen.size;
  }
}
