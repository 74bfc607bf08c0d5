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
    private readonly compute: (input: string) => V,
  ) {
    if (!(capacity >= 1)) throw new RangeError('a memo holds at least one answer');
  }

  get(input: string): V {
    const known = this.answers.get(input);
    if (known !== undefined) return known;
    const answer = this.compute(input);
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(input, answer);
    return answer;
  }

  get size(): number {
    return this.answers.size;
  }
}
