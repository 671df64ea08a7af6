import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { noteDatabaseError } from "@/lib/db-health";

function milliseconds(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds, not "${process.env[name]}".`);
  return value;
}

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start Folio with `npm start`.");
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // A request waits this long for a connection before the page says the archive is resting,
    // instead of hanging until the reader's browser gives up (pg's default is to wait forever).
    connectionTimeoutMillis: milliseconds("DATABASE_CONNECT_TIMEOUT_MS", 5_000),
    // Set per connection by PostgreSQL itself. The slowest real query (the sidebar's tag counts
    // over 100,000 works, see the README's benchmarks) takes about 1 s; 15 s ends a runaway one
    // well before a reverse proxy's usual 30–60 s, freeing its connection.
    statement_timeout: milliseconds("DATABASE_STATEMENT_TIMEOUT_MS", 15_000),
    // Folio's transactions are short writes (a chapter and its counts, kudos and the counter); one
    // left open holds row locks that block every other writer of the same work.
    idle_in_transaction_session_timeout: milliseconds("DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS", 15_000),
  });
  // Secrets never leave the data layer by accident: callers must ask for the hash explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true, email: true } } }).$extends({
    query: {
      // A query that cannot reach the server marks the database down (lib/db-health.ts).
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          noteDatabaseError(error);
          throw error;
        }
      },
    },
  });
}

// One client per server process; dev reloads reuse it instead of opening new pools.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

export const db = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = typeof db;
export type Transaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];
