import "server-only";
import { Redis } from "ioredis";
import type { SharedCache } from "@/lib/cache/shared-cache";

export type RedisCache = SharedCache & { connected: Promise<void>; disconnect(): void };

export function redisCache(url: string): RedisCache {
  // No offline queue: while Redis is unreachable a read fails at once (a miss) instead of waiting.
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, keyPrefix: "folio:cache:" });
  client.on("error", () => {}); // Reported by the failing calls themselves; don't crash the server.
  const connected = new Promise<void>((resolve) => client.once("ready", () => resolve()));
  return {
    connected,
    disconnect: () => client.disconnect(),
    async read<T>(key: string) {
      const text = await client.get(key);
      return text === null ? undefined : (JSON.parse(text) as T);
    },
    async write(key, value, ttlSeconds) {
      await client.set(key, JSON.stringify(value), "EX", ttlSeconds);
    },
    async claim(key, ttlSeconds) {
      return (await client.set(`lease:${key}`, "1", "EX", ttlSeconds, "NX")) === "OK";
    },
  };
}
