// Takes the next gapless number of a register (domain.md §5) inside the caller's transaction.
import { sql } from 'drizzle-orm';
import { registerCounters, type Register } from './schema/registers.js';
import { queryRows, type Executor } from './database.js';

export class RegisterFullError extends Error {}

/** The next number of `register` for the organisation and year; locks the counter row until the
 *  transaction ends, so concurrent acts of one office queue for it and get consecutive numbers. */
export async function takeNumber(
  tx: Executor,
  organisationId: string,
  register: Register,
  year: number,
): Promise<number> {
  await tx.insert(registerCounters).values({ organisationId, register, year }).onConflictDoNothing();
  const [row] = await queryRows<{ seq: number }>(
    tx,
    sql`update register_counters set next_seq = next_seq + 1, updated_at = now()
        where organisation_id = ${organisationId} and register = ${register} and year = ${year}
        returning next_seq - 1 as seq`,
  );
  if (!row) throw new Error('register counter vanished');
  if (row.seq > 9999) throw new RegisterFullError(`register ${register} ${year} is full`);
  return Number(row.seq);
}

/** An office moving from paper continues its paper register: the next number it will take. */
export async function setNextNumber(
  tx: Executor,
  organisationId: string,
  register: Register,
  year: number,
  next: number,
): Promise<void> {
  await tx
    .insert(registerCounters)
    .values({ organisationId, register, year, nextSeq: next })
    .onConflictDoUpdate({
      target: [registerCounters.organisationId, registerCounters.register, registerCounters.year],
      set: { nextSeq: next },
    });
}
