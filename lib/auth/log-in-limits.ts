import "server-only";
import { errorMessage } from "@/lib/error-codes";
import { consumeLimit, rewardLimit, type LimitSubject } from "@/lib/rate-limits/check-limit";
import type { LimitName } from "@/lib/rate-limits/limits";

// AO3's 5 tries per 20 s, per address and per account named. Every try takes a point before the
// password is checked (so parallel guesses can't slip through together); a right password gives
// its points back. Over either limit the try is refused, right password or not, until the wait
// is over.
export async function withLogInLimits<T>(login: string, address: string, attempt: () => Promise<T | null>): Promise<T | null> {
  const limits: [LimitName, LimitSubject][] = [
    ["login_address", { address }],
    ["login_account", { account: login }],
  ];
  const verdicts = await Promise.all(limits.map(([name, subject]) => consumeLimit(name, subject)));
  const waits = verdicts.flatMap((verdict) => (verdict.allowed ? [] : [verdict.retryAfterSeconds]));
  if (waits.length > 0) throw new LogInThrottled(Math.max(...waits));

  const user = await attempt();
  if (user) await Promise.all(limits.map(([name, subject]) => rewardLimit(name, subject)));
  return user;
}

// Thrown from next-auth's `authorize`: next-auth hands the message to the log-in form as `error`,
// and the auth route turns it into a 429 with Retry-After (retryAfterFromLogInError).
export class LogInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(errorMessage("login_rate_limited", { seconds: retryAfterSeconds }));
    this.name = "LogInThrottled";
  }
}

export function retryAfterFromLogInError(error: string | null): number | null {
  const seconds = Number(/\d+/.exec(error ?? "")?.[0]);
  return seconds > 0 && error === errorMessage("login_rate_limited", { seconds }) ? seconds : null;
}
