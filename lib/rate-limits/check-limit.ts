import "server-only";
import { createHash } from "node:crypto";
import { LIMITS, type LimitName } from "@/lib/rate-limits/limits";
import type { LimitVerdict } from "@/lib/rate-limits/limiter";
import { rateLimits } from "@/lib/rate-limits/rate-limits";
import { limitKeyForAddress } from "@/lib/visitors/client-address";

// Who a limit counts, by its scope: the client's address (an IPv6 client's /64), a signed-in
// user's id, or an account someone names (hashed: the counters never hold a username or email).
export type LimitSubject = { address: string } | { userId: number } | { account: string };

export function limitKey(name: LimitName, subject: LimitSubject): string {
  const per = LIMITS[name].per;
  if (per === "address" && "address" in subject) return limitKeyForAddress(subject.address);
  if (per === "user" && "userId" in subject) return String(subject.userId);
  if (per === "account" && "account" in subject) {
    return createHash("sha256").update(subject.account.trim().toLowerCase()).digest("hex");
  }
  throw new Error(`The ${name} limit counts per ${per}; it was given ${Object.keys(subject).join(", ")}.`);
}

export function consumeLimit(name: LimitName, subject: LimitSubject, points = 1): Promise<LimitVerdict> {
  return rateLimits().consume(name, limitKey(name, subject), points);
}

export function rewardLimit(name: LimitName, subject: LimitSubject, points = 1): Promise<void> {
  return rateLimits().reward(name, limitKey(name, subject), points);
}
