import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readReplicas } from "@prisma/extension-read-replicas";
import { isConnectionError, noteDatabaseError } from "@/lib/db-health";
import { readsFromPrimary } from "@/lib/db-routing";

function milliseconds(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds, not "${process.env[name]}".`);
  return value;
}

function clientFor(connectionString: string, onError: (error: unknown) => void) {
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
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          onError(error);
          throw error;
        }
      },
    },
  });
}

type Client = ReturnType<typeof clientFor>;
type Operation = (args: unknown) => Promise<unknown>;

// The same operation on another client: `model` is the model's name ("User"), unset for $queryRaw
// and the like.
function operationOn(client: Client, model: string | undefined, operation: string): Operation {
  const target = (model ? (client as unknown as Record<string, Record<string, Operation>>)[model] : client) as Record<string, Operation>;
  return target[operation]!.bind(target);
}

// A replica that can't be reached sends its reads to the primary for a while, rather than the
// archive reporting a break while the primary is fine.
const REPLICA_RETRY_MS = 10_000;

// DATABASE_REPLICA_URL: a streaming replica of DATABASE_URL. Prisma's read-replica extension sends
// it every model read (findMany, count…) made outside a transaction; writes, transactions and raw
// queries stay on the primary. Reads that must see a write just made (lib/db-routing.ts: those of
// a post, and of a browser that has just posted) go to the primary instead.
function withReplica(primary: Client, replicaUrl: string): Client {
  let replicaDownUntil = 0;
  const replica = clientFor(replicaUrl, () => {}).$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        if (Date.now() < replicaDownUntil || (await readsFromPrimary())) return operationOn(primary, model, operation)(args);
        try {
          return await query(args);
        } catch (error) {
          if (!isConnectionError(error)) throw error;
          console.error(`The read replica is unreachable; reading from the primary for ${REPLICA_RETRY_MS / 1000} s.`, error);
          replicaDownUntil = Date.now() + REPLICA_RETRY_MS;
          return operationOn(primary, model, operation)(args);
        }
      },
    },
  });
  // The extension adds $primary() and $replica(); the models and their types stay as they were.
  return primary.$extends(readReplicas({ replicas: [replica as unknown as PrismaClient] })) as unknown as Client;
}

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start Folio with `npm start`.");
  // A query that cannot reach the server marks the database down (lib/db-health.ts).
  const primary = clientFor(connectionString, noteDatabaseError);
  const replicaUrl = process.env.DATABASE_REPLICA_URL;
  return replicaUrl ? withReplica(primary, replicaUrl) : primary;
}

// One client per server process; dev reloads reuse it instead of opening new pools.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

export const db = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = typeof db;
export type Transaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// For raw read-only SQL ($queryRaw SELECTs, e.g. the listings): Prisma's extension routes only model
// reads, so these name the replica themselves. The replica when DATABASE_REPLICA_URL is set (with
// the same read-your-writes rule), else the primary. Never for writes or inside a transaction.
export const readDb: Db = process.env.DATABASE_REPLICA_URL ? (db as unknown as { $replica: () => Db }).$replica() : db;
