import "server-only";
import { Redis } from "ioredis";
import { Pool } from "pg";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
  type RateLimiterStoreAbstract,
} from "rate-limiter-flexible";
import { LIMITS, pointsFor, type LimitName } from "@/lib/rate-limits/limits";

// Counters live where every app server sees them: PostgreSQL's `rate_limits` table (created by a
// migration) by default, Redis when REDIS_URL is set. Should the store fail, each server falls back
// to counting in its own memory (rate-limiter-flexible's insurance limiter) rather than refusing
// everyone or letting everyone through.
export type LimitStore = { kind: "postgres"; pool: Pool } | { kind: "redis"; client: Redis };

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const RATE_LIMIT_TABLE = "rate_limits";

export class RateLimits {
  private readonly limiters = new Map<LimitName, RateLimiterStoreAbstract>();

  constructor(
    private readonly store: LimitStore,
    private readonly addressScale = 1,
  ) {}

  // Counts one attempt (or `points`) and says whether it is within the limit.
  async consume(name: LimitName, key: string, points = 1): Promise<LimitVerdict> {
    try {
      await this.limiter(name).consume(key, points);
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
      throw rejection;
    }
  }

  // Gives points back (a log-in that turned out right does not count as a try).
  async reward(name: LimitName, key: string, points = 1): Promise<void> {
    await this.limiter(name).reward(key, points);
  }

  async close(): Promise<void> {
    if (this.store.kind === "postgres") await this.store.pool.end();
    else this.store.client.disconnect();
  }

  private limiter(name: LimitName): RateLimiterAbstract {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const options = { keyPrefix: name, points: pointsFor(name, this.addressScale), duration: LIMITS[name].durationSeconds };
      const insuranceLimiter = new RateLimiterMemory(options);
      limiter =
        this.store.kind === "postgres"
          ? new RateLimiterPostgres({ ...options, storeClient: this.store.pool, storeType: "pool", tableName: RATE_LIMIT_TABLE, tableCreated: true, insuranceLimiter })
          : new RateLimiterRedis({ ...options, storeClient: this.store.client, rejectIfRedisNotReady: true, insuranceLimiter });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}

export function storeFromEnvironment(env: Record<string, string | undefined> = process.env): LimitStore {
  if (env.REDIS_URL) {
    // No offline queue: while Redis is unreachable a check fails at once and the insurance counts.
    return { kind: "redis", client: new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) };
  }
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start Folio with `npm start`.");
  // Its own small pool: a burst of refused requests never waits behind the app's queries.
  return { kind: "postgres", pool: new Pool({ connectionString: env.DATABASE_URL, max: 3, allowExitOnIdle: true }) };
}
