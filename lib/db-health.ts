import "server-only";
import pg from "pg";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/database-unavailable";

// Whether the database is reachable, as this server process last saw it. A query that cannot
// reach the server marks it down (lib/db.ts); while it is down, proxy.ts answers 503 and probes
// it at most every PROBE_INTERVAL_MS, so the archive comes back by itself once it returns.
// Kept on globalThis: proxy.ts and the pages are bundled apart but run in one process.
type Health = { down: boolean; lastProbeAt: number; probe: Promise<boolean> | null };

const KEY = Symbol.for("folio.databaseHealth");
const store = globalThis as unknown as { [KEY]?: Health };
const health = (store[KEY] ??= { down: false, lastProbeAt: 0, probe: null });

const PROBE_INTERVAL_MS = 2_000;
const PROBE_CONNECT_TIMEOUT_MS = 1_000;

// Prisma's codes for a server it cannot reach (P1001), a connect timeout (P1002) and a closed
// connection (P1017); raw queries report the same as P2010 with the driver's words.
const CONNECTION_CODES = new Set(["P1001", "P1002", "P1017"]);
const CONNECTION_WORDS = /Can't reach database server|Connection terminated|ECONNREFUSED|ECONNRESET|timeout expired|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
  // 57P01 admin shutdown, 57P03 cannot connect now (startup/shutdown), 08xxx connection exceptions.
  if (typeof code === "string" && /^(57P0[13]|08...)$/.test(code)) return true;
  return CONNECTION_WORDS.test(error.message);
}

// Called with every failed query: a connection error marks the database down and is tagged so
// that the error page can say so (Next keeps an error's own digest).
export function noteDatabaseError(error: unknown): void {
  if (!isConnectionError(error)) return;
  health.down = true;
  (error as { digest?: string }).digest = DATABASE_UNAVAILABLE_DIGEST;
}

async function probe(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: PROBE_CONNECT_TIMEOUT_MS });
  // A server going away mid-probe emits 'error' on the client; the failed query reports it.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

// True while the database is up (no I/O at all); once down, at most one probe per interval,
// shared by the requests that arrive meanwhile.
export async function isDatabaseAvailable(connectionString = process.env.DATABASE_URL): Promise<boolean> {
  if (!health.down || !connectionString) return true;
  if (!health.probe && Date.now() - health.lastProbeAt >= PROBE_INTERVAL_MS) {
    health.lastProbeAt = Date.now();
    health.probe = probe(connectionString).then((up) => {
      if (up) health.down = false;
      health.probe = null;
      return up;
    });
  }
  return health.probe ? health.probe : !health.down;
}
