import "server-only";
import { db } from "@/lib/db";
import type { SharedCache } from "@/lib/cache/shared-cache";

// About one write in a hundred also clears rows that expired: the table stays small without a
// scheduled job that some deployment would forget to run.
const SWEEP_EVERY_WRITES = 100;

export const postgresCache: SharedCache = {
  async read<T>(key: string) {
    // Raw SQL on `db` reads the primary even with DATABASE_REPLICA_URL (lib/db.ts): an unlogged
    // table is not replicated.
    const rows = await db.$queryRaw<{ value: T }[]>`SELECT value FROM shared_cache WHERE key = ${key} AND expires_at > now()`;
    return rows[0]?.value;
  },
  async write(key, value, ttlSeconds) {
    const json = JSON.stringify(value);
    await db.$executeRaw`
      INSERT INTO shared_cache (key, value, expires_at) VALUES (${key}, ${json}::jsonb, now() + make_interval(secs => ${ttlSeconds}))
      ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`;
    if (Math.random() * SWEEP_EVERY_WRITES < 1) await db.$executeRaw`DELETE FROM shared_cache WHERE expires_at < now()`;
  },
  async claim(key, ttlSeconds) {
    // Taken when the lease row is new or has expired; the WHERE makes a live lease win.
    const taken = await db.$executeRaw`
      INSERT INTO shared_cache (key, value, expires_at) VALUES (${`lease:${key}`}, 'true', now() + make_interval(secs => ${ttlSeconds}))
      ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE shared_cache.expires_at <= now()`;
    return taken === 1;
  },
};
