// The pending acts of the synthetic cases, earliest first (ties: the case taken in first), so that
// the replay takes every register's numbers in order of time.
import type { LiveCase } from './synthetic-replay.js';

export interface PendingAct {
  /** The act's instant, ms. */
  t: number;
  /** The case's index in the run. */
  ord: number;
  c: LiveCase;
}

const before = (a: PendingAct, b: PendingAct) => a.t < b.t || (a.t === b.t && a.ord < b.ord);

/** A binary min-heap. */
export class EventHeap {
  private readonly items: PendingAct[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): PendingAct | undefined {
    return this.items[0];
  }

  push(e: PendingAct): void {
    const a = this.items;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): PendingAct | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
