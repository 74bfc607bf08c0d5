// Group commit: calls that arrive while others are being written are written together, as one
// statement and one commit, and each caller is answered only once the statement that holds its row has
// committed — so nothing is acknowledged before it is durable, and nothing acknowledged can be lost.
// Under load a round trip (and the WAL flush of its commit) serves a whole batch instead of one call;
// alone, a call waits for nothing but the next turn of the event loop.
export interface GroupCommitOptions {
  /** The most items one statement takes. */
  maxBatch: number;
  /** Statements in flight at once (each holds one pooled connection while it runs). */
  maxInFlight: number;
}

interface Waiting<I, O> {
  item: I;
  resolve: (o: O) => void;
  reject: (e: unknown) => void;
}

export class GroupCommit<I, O> {
  private queue: Waiting<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  /** `write` answers one output per item, in the items' order, or throws for the whole batch. */
  constructor(
    private readonly write: (items: I[]) => Promise<O[]>,
    private readonly options: GroupCommitOptions,
  ) {
    if (options.maxBatch < 1 || options.maxInFlight < 1) throw new RangeError('need at least 1');
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Items waiting for a statement, and statements running (for tests and metrics). */
  get waiting(): number {
    return this.queue.length;
  }
  get running(): number {
    return this.inFlight;
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    // One turn of the event loop: the calls of every request read in this turn join the batch.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.inFlight >= this.options.maxInFlight || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.options.maxBatch);
    this.inFlight++;
    this.write(batch.map((w) => w.item)).then(
      (outputs) => {
        if (outputs.length !== batch.length) {
          const e = new Error(`a batch of ${batch.length} answered ${outputs.length}`);
          for (const w of batch) w.reject(e);
        } else batch.forEach((w, i) => w.resolve(outputs[i] as O));
        this.done();
      },
      (e: unknown) => {
        for (const w of batch) w.reject(e);
        this.done();
      },
    );
    // More than one batch waiting and a statement free: the next goes now, not a turn later.
    if (this.queue.length > 0) this.schedule();
  }

  private done(): void {
    this.inFlight--;
    // Whatever arrived while the statement ran goes in the next, at once.
    if (this.queue.length > 0) this.flush();
  }
}
