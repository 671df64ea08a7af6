import "server-only";
import { postgresCache } from "@/lib/cache/postgres-cache";
import { redisCache } from "@/lib/cache/redis-cache";

// A small key → JSON store that every app server shares, so that no server holds state of its
// own: Redis when REDIS_URL is set, else PostgreSQL's unlogged `shared_cache` table. It is a cache,
// never the truth: callers treat a failure as a miss.
export type SharedCache = {
  read<T>(key: string): Promise<T | undefined>;
  write(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  // A lease, so that one server (not every one that notices) does a piece of work: true for the
  // caller that took it, false while someone else holds it.
  claim(key: string, ttlSeconds: number): Promise<boolean>;
};

export const sharedCache: SharedCache = process.env.REDIS_URL ? redisCache(process.env.REDIS_URL) : postgresCache;
