// The key that signs cookies. It lives in the database so every app server behind the load balancer
// signs and checks with the same one, and it is made once, at the first start.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { systemSettings } from './schema/index.js';
import type { Executor } from './database.js';

export async function installationSecret(db: Executor, key = 'cookie_secret'): Promise<string> {
  await db
    .insert(systemSettings)
    .values({ key, value: randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const [row] = await db.select().from(systemSettings).where(eq(systemSettings.key, key));
  if (typeof row?.value !== 'string') throw new Error(`setting ${key} is not a string`);
  return row.value;
}
