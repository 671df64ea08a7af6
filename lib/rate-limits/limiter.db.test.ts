import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestRedis, type TestRedis } from "@/scripts/test/redis-server";
import { RateLimits, storeFromEnvironment } from "./limiter";
import { LIMITS } from "./limits";

// The same behaviour from both back-ends: the migrated `rate_limits` table in this file's own
// PostgreSQL database, and a Redis server this file starts.
let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await redis?.stop();
});

const backends = [
  { name: "PostgreSQL", env: () => ({ DATABASE_URL: process.env.DATABASE_URL }) },
  { name: "Redis", env: () => ({ REDIS_URL: redis.url, DATABASE_URL: process.env.DATABASE_URL }) },
];

describe.each(backends)("rate limits in $name", ({ name, env }) => {
  let limits: RateLimits;
  let other: RateLimits;
  beforeAll(async () => {
    // Two instances on one store: two app servers sharing their counts.
    limits = new RateLimits(storeFromEnvironment(env()));
    other = new RateLimits(storeFromEnvironment(env()));
    for (const instance of [limits, other]) {
      const store = instance["store"];
      if (store.kind === "redis") {
        await new Promise<void>((resolve, reject) => {
          if (store.client.status === "ready") resolve();
          else store.client.once("ready", resolve).once("error", reject);
        });
      }
    }
  });
  afterAll(async () => {
    await limits.close();
    await other.close();
  });

  test("the sixth log-in try within 20 s is refused, with the seconds left to wait", async () => {
    const key = `${name}-account-a`;
    for (let attempt = 1; attempt <= LIMITS.login_account.points; attempt += 1) {
      expect(await limits.consume("login_account", key)).toEqual({ allowed: true });
    }
    const refused = await limits.consume("login_account", key);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(20);
  });

  test("app servers share their counts, and keys and limits count apart", async () => {
    const key = `${name}-account-b`;
    for (let attempt = 1; attempt <= 3; attempt += 1) await limits.consume("login_account", key);
    for (let attempt = 1; attempt <= 2; attempt += 1) expect((await other.consume("login_account", key)).allowed).toBe(true);
    expect((await other.consume("login_account", key)).allowed).toBe(false);
    expect((await limits.consume("login_account", `${name}-account-c`)).allowed).toBe(true);
    expect((await limits.consume("login_address", key)).allowed).toBe(true);
    const store = limits["store"];
    if (store.kind === "redis") expect(await store.client.get(`login_account:${key}`)).toBe("6");
  });

  test("a reward gives a try back", async () => {
    const key = `${name}-account-d`;
    for (let attempt = 1; attempt <= 5; attempt += 1) await limits.consume("login_account", key);
    await limits.reward("login_account", key);
    expect((await limits.consume("login_account", key)).allowed).toBe(true);
    expect((await limits.consume("login_account", key)).allowed).toBe(false);
  });

  test("the per-address scale raises only the limits that count addresses", async () => {
    const scaled = new RateLimits(storeFromEnvironment(env()), 2);
    try {
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        expect((await scaled.consume("login_address", `${name}-scaled`)).allowed).toBe(true);
      }
      expect((await scaled.consume("login_address", `${name}-scaled`)).allowed).toBe(false);
      for (let attempt = 1; attempt <= 5; attempt += 1) await scaled.consume("login_account", `${name}-scaled`);
      expect((await scaled.consume("login_account", `${name}-scaled`)).allowed).toBe(false);
    } finally {
      await scaled.close();
    }
  });
});

test("the PostgreSQL counters live in the migrated table, keyed by limit", async () => {
  const { Pool } = await import("pg");
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  try {
    const { rows } = await pool.query<{ key: string; points: number }>(
      "SELECT key, points FROM rate_limits WHERE key = 'login_account:PostgreSQL-account-a'",
    );
    expect(rows).toEqual([{ key: "login_account:PostgreSQL-account-a", points: 6 }]);
  } finally {
    await pool.end();
  }
});
