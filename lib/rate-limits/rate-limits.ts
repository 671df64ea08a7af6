import "server-only";
import { addressScaleFrom } from "@/lib/rate-limits/limits";
import { RateLimits, storeFromEnvironment } from "@/lib/rate-limits/limiter";

// One set of limiters per server process (dev reloads reuse it rather than opening new pools).
const globalForLimits = globalThis as unknown as { folioRateLimits?: RateLimits };

export function rateLimits(): RateLimits {
  globalForLimits.folioRateLimits ??= new RateLimits(
    storeFromEnvironment(),
    addressScaleFrom(process.env.RATE_LIMIT_PER_ADDRESS_SCALE),
  );
  return globalForLimits.folioRateLimits;
}
