-- Abuse-limit counters shared by every app server (rate-limiter-flexible's RateLimiterPostgres
-- layout; the app runs it with tableCreated: true, so it never issues DDL at run time).
-- UNLOGGED: counters are worth nothing after a crash, and skipping the WAL keeps each check cheap.
CREATE UNLOGGED TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- The limiter deletes rows that expired an hour ago, every five minutes.
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits"("expire");
