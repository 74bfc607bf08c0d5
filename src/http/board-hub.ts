// The hall boards' live feed (§9): server-sent events to every board connected to this app server.
// A desk's act sends NOTIFY with the office's id when its transaction commits; every app server
// LISTENs (db.listen: a dedicated PostgreSQL connection, or the embedded engine's own notifications),
// re-reads that office's board once and pushes it to its boards. A board that connects (or
// reconnects, with or without Last-Event-ID) gets the whole board at once, so nothing is missed; a
// lost LISTEN connection, once back, re-sends every office's board for the same reason.
import type { ServerResponse } from 'node:http';
import type { Database, Unlisten } from '../db/database.js';
import { BOARD_CHANNEL } from '../db/queue-tickets-store.js';
import type { BoardView } from '../app/queue/read-queue.js';

const HEARTBEAT_MS = 20_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Office {
  clients: Set<ServerResponse>;
  /** A refresh in flight, and whether another was asked for meanwhile. */
  refreshing: boolean;
  again: boolean;
}

export class BoardHub {
  private readonly offices = new Map<string, Office>();
  private unlisten: Unlisten | null = null;
  private starting: Promise<void> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly database: Database,
    private readonly load: (officeId: string) => Promise<BoardView>,
    private readonly onError: (e: Error) => void = () => undefined,
    readonly maxClients = 2_000,
  ) {}

  get clientCount(): number {
    let n = 0;
    for (const o of this.offices.values()) n += o.clients.size;
    return n;
  }

  /** Listens on first use; app servers that never serve a board hold no extra connection. */
  private start(): Promise<void> {
    this.starting ??= (async () => {
      this.unlisten = await this.database.listen(
        BOARD_CHANNEL,
        (payload) => {
          if (UUID.test(payload)) this.refresh(payload);
        },
        () => {
          for (const id of this.offices.keys()) this.refresh(id);
        },
      );
      this.heartbeat = setInterval(() => this.broadcastComment(), HEARTBEAT_MS);
      this.heartbeat.unref();
    })().catch((e: unknown) => {
      this.starting = null;
      throw e;
    });
    return this.starting;
  }

  /** Adds a board's open response: sends it the board now, then every change. */
  async add(officeId: string, res: ServerResponse): Promise<boolean> {
    if (this.closed || this.clientCount >= this.maxClients) return false;
    await this.start();
    let office = this.offices.get(officeId);
    if (!office) {
      office = { clients: new Set(), refreshing: false, again: false };
      this.offices.set(officeId, office);
    }
    office.clients.add(res);
    res.on('close', () => {
      office.clients.delete(res);
      if (office.clients.size === 0 && this.offices.get(officeId) === office) this.offices.delete(officeId);
    });
    res.write(frame(await this.load(officeId)));
    return true;
  }

  /** Re-reads an office's board and pushes it; changes that arrive meanwhile cause one more read. */
  refresh(officeId: string): void {
    const office = this.offices.get(officeId);
    if (!office) return;
    if (office.refreshing) {
      office.again = true;
      return;
    }
    office.refreshing = true;
    void (async () => {
      try {
        do {
          office.again = false;
          const data = frame(await this.load(officeId));
          for (const res of office.clients) res.write(data);
        } while (office.again);
      } catch (e) {
        this.onError(e as Error);
      } finally {
        office.refreshing = false;
      }
    })();
  }

  private broadcastComment(): void {
    for (const o of this.offices.values()) for (const res of o.clients) res.write(': keep-alive\n\n');
  }

  /** Ends every board's stream (the browsers reconnect to another server) and stops listening. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const o of this.offices.values()) for (const res of o.clients) res.end();
    this.offices.clear();
    await this.starting?.catch(() => undefined);
    await this.unlisten?.();
  }
}

/** One SSE message: the whole board; its id is the latest call's time (what Last-Event-ID returns). */
export function frame(board: BoardView): string {
  const latest = board.entries.reduce((m, e) => Math.max(m, Date.parse(e.calledAt)), 0);
  const data = JSON.stringify({ day: board.day, entries: board.entries.map(({ ticketId: _id, ...e }) => e) });
  return `id: ${latest}\nevent: board\ndata: ${data}\n\n`;
}
