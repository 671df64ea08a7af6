// Every abuse limit, in one table (the README's "Abuse limits" lists the same figures).
// `per` says what a limit counts: a client address (shared by a school or a library, and by all
// browsers of the e2e run), an account someone tries to log in to, or a signed-in user.
export type LimitScope = "address" | "account" | "user";

export type LimitDefinition = {
  points: number;
  durationSeconds: number;
  per: LimitScope;
};

export const LIMITS = {
  // AO3's figure: 5 log-in attempts per 20 s, per address and per account. Only failures count
  // (a right password gives its point back), but a blocked account is refused even the right one.
  login_address: { points: 5, durationSeconds: 20, per: "address" },
  login_account: { points: 5, durationSeconds: 20, per: "account" },
  // Room for a classroom or a library behind one address.
  sign_up: { points: 20, durationSeconds: 60 * 60, per: "address" },
  guest_comment: { points: 10, durationSeconds: 10 * 60, per: "address" },
  guest_kudos: { points: 60, durationSeconds: 10 * 60, per: "address" },
  kudos: { points: 120, durationSeconds: 10 * 60, per: "user" },
  post_work: { points: 20, durationSeconds: 60 * 60, per: "user" },
  add_chapter: { points: 60, durationSeconds: 60 * 60, per: "user" },
  import_work: { points: 20, durationSeconds: 60 * 60, per: "user" },
  // "Forgot password?" (lib/users/request-password-reset.ts): per address, said openly; per account
  // asked for, silently (no more mail goes out, and the answer stays the same).
  password_reset_address: { points: 10, durationSeconds: 60 * 60, per: "address" },
  password_reset_account: { points: 3, durationSeconds: 60 * 60, per: "account" },
  // The account forms that ask for the password (change password or email, delete the account):
  // a borrowed or stolen session can't guess its way to the password through them.
  account_password: { points: 10, durationSeconds: 60 * 60, per: "user" },
} as const satisfies Record<string, LimitDefinition>;

export type LimitName = keyof typeof LIMITS;

// RATE_LIMIT_PER_ADDRESS_SCALE multiplies the limits that count an address, and only those.
// The e2e run sets it: every browser there shares 127.0.0.1. Per-account and per-user limits keep
// their real figures, so the log-in limit is tested as it is.
export function pointsFor(name: LimitName, addressScale: number): number {
  const limit: LimitDefinition = LIMITS[name];
  return limit.per === "address" ? Math.max(1, Math.round(limit.points * addressScale)) : limit.points;
}

export function addressScaleFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 1;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`RATE_LIMIT_PER_ADDRESS_SCALE must be a positive number, not "${value}".`);
  }
  return scale;
}
