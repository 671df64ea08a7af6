import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { startTestRedis, type TestRedis } from "@/scripts/test/redis-server";
import { postgresCache } from "./postgres-cache";
import { redisCache, type RedisCache } from "./redis-cache";
import type { SharedCache } from "./shared-cache";

// The same behaviour from both stores: this file's own PostgreSQL database and a Redis server it
// starts. Two handles on one store stand for two app servers.
let redis: TestRedis;
let redisHandles: RedisCache[] = [];
beforeAll(async () => {
  redis = await startTestRedis();
  redisHandles = [redisCache(redis.url), redisCache(redis.url)];
  await Promise.all(redisHandles.map((handle) => handle.connected));
});
afterAll(async () => {
  for (const handle of redisHandles) handle.disconnect();
  await redis?.stop();
});

const stores: { name: string; servers: () => [SharedCache, SharedCache] }[] = [
  { name: "PostgreSQL", servers: () => [postgresCache, postgresCache] },
  { name: "Redis", servers: () => [redisHandles[0]!, redisHandles[1]!] },
];

describe.each(stores)("the shared cache in $name", ({ servers }) => {
  test("what one server writes the other reads, until it expires", async () => {
    const [one, other] = servers();
    const key = `test:${Math.random()}`;
    expect(await other.read(key)).toBeUndefined();
    await one.write(key, { total: 3, facets: [{ name: "Bandom", count: 2 }] }, 60);
    expect(await other.read(key)).toEqual({ total: 3, facets: [{ name: "Bandom", count: 2 }] });
    await one.write(key, { total: 4 }, 1);
    expect(await other.read(key)).toEqual({ total: 4 });
    await vi.waitFor(async () => expect(await other.read(key)).toBeUndefined(), { timeout: 5_000, interval: 200 });
  });

  test("a lease goes to one server at a time, and to the next once it has expired", async () => {
    const [one, other] = servers();
    const key = `test:${Math.random()}`;
    const firstRound = await Promise.all([one.claim(key, 1), other.claim(key, 1), one.claim(key, 1)]);
    expect(firstRound.filter(Boolean)).toHaveLength(1);
    await vi.waitFor(async () => expect(await other.claim(key, 60)).toBe(true), { timeout: 5_000, interval: 200 });
    expect(await one.claim(key, 60)).toBe(false);
  });
});
