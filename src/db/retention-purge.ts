// The purge of each record type whose retention period has run out (src/domain/retention).
import { and, eq, lt } from 'drizzle-orm';
import { outbox, sessions } from './schema/index.js';
import type { Executor } from './database.js';

export type Purger = (tx: Executor, before: Date) => Promise<number>;

export const PURGERS: Record<string, Purger> = {
  async session(tx, before) {
    return (await tx.delete(sessions).where(lt(sessions.expiresAt, before)).returning({ id: sessions.id }))
      .length;
  },
  async outbox_message(tx, before) {
    const rows = await tx
      .delete(outbox)
      .where(and(eq(outbox.status, 'sent'), lt(outbox.sentAt, before)))
      .returning({ id: outbox.id });
    return rows.length;
  },
};
