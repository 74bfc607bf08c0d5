/**
 * Values kept by string across documents (fonts.ts, fast-paths.ts), in two generations of
 * `generation` strings: when the newer fills, the older is dropped, and what is still in use has
 * been carried over — so memory stays flat however many documents are made. A string's value is
 * kept only when it is offered a second time: the labels of the forms come back in every document;
 * a holder's name, a number or a check address do not, and would only push the labels out and
 * hold memory for nothing. Callers offer a string at most once per document.
 */
export class Memo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();
  private seen = new Set<string>();
  private seenBefore = new Set<string>();

  constructor(private readonly generation: number) {}

  get(text: string): T | undefined {
    const value = this.current.get(text);
    if (value !== undefined) return value;
    const old = this.previous.get(text);
    if (old !== undefined) this.keep(text, old);
    return old;
  }

  /** Offers `value` for `text`: kept if `text` was offered before (and not yet forgotten). */
  offer(text: string, value: T): void {
    if (!this.seen.has(text) && !this.seenBefore.has(text)) {
      if (this.seen.size >= this.generation) {
        this.seenBefore = this.seen;
        this.seen = new Set();
      }
      this.seen.add(text);
      return;
    }
    this.keep(text, value);
  }

  private keep(text: string, value: T): void {
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(text, value);
  }
}
