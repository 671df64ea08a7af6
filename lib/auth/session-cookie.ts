import { decode, encode } from "next-auth/jwt";
import type { NextRequest, NextResponse } from "next/server";
import { SESSION_MAX_AGE, SESSION_UPDATE_AGE } from "@/lib/auth/session-lifetime";

// next-auth's own names for the session cookie: `__Secure-` when NEXTAUTH_URL is https.
export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export function isSessionCookie(name: string): boolean {
  // A token too large for one cookie is split into `<name>.0`, `<name>.1`…
  return SESSION_COOKIE_NAMES.some((base) => name === base || name.startsWith(`${base}.`));
}

export function sessionCookieOptions(name: string, maxAge: number) {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge } as const;
}

type RenewOptions = { secret?: string; now?: number };

// "Renewed while used". next-auth 4 re-issues the session cookie only when /api/auth/session is
// read (SessionProvider/useSession); Folio renders pages on the server with getServerSession, which
// cannot set cookies, so without this every log-in would end 14 days after it began. proxy.ts
// hands each response here: a page view (GET) carrying a session token older than
// SESSION_UPDATE_AGE gets the same claims re-encoded with a fresh expiry, as next-auth itself
// would. Not touched: next-auth's own routes (they set the cookie themselves, and a sign-out must
// not race a renewal), posts (a Server Action may be clearing the cookie), unreadable tokens and
// split cookies. Renewing a token whose session version is stale is harmless: it stays logged out.
// Only proxy.ts imports this module, so it never reaches a browser bundle.
export async function renewSession(request: NextRequest, response: NextResponse, options: RenewOptions = {}): Promise<NextResponse> {
  const secret = options.secret ?? process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret || request.method !== "GET" || request.nextUrl.pathname.startsWith("/api/auth/")) return response;
  const name = SESSION_COOKIE_NAMES.find((candidate) => request.cookies.has(candidate));
  const value = name && request.cookies.get(name)?.value;
  if (!name || !value) return response;

  let token: Awaited<ReturnType<typeof decode>>;
  try {
    token = await decode({ token: value, secret });
  } catch {
    return response;
  }
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  if (!token || typeof token.iat !== "number" || now - token.iat < SESSION_UPDATE_AGE) return response;

  // encode() stamps a fresh iat, exp and jti over the old ones.
  const renewed = await encode({ token, secret, maxAge: SESSION_MAX_AGE });
  response.cookies.set(name, renewed, sessionCookieOptions(name, SESSION_MAX_AGE));
  return response;
}
