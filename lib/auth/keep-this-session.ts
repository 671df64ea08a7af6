import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { isSessionCookie, SESSION_COOKIE_NAMES, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { SESSION_MAX_AGE } from "@/lib/auth/session-lifetime";

// After a password change raised the account's session version, every token is behind it; this
// browser's is re-issued with the new version (same claims, fresh expiry), so only the others are
// logged out. Called from a Server Action, which may set cookies.
export async function keepThisSession(sessionVersion: number): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  const cookieStore = await cookies();
  const name = SESSION_COOKIE_NAMES.find((candidate) => cookieStore.has(candidate));
  const value = name && cookieStore.get(name)?.value;
  if (!secret || !name || !value) return;
  const token = await decode({ token: value, secret }).catch(() => null);
  if (!token) return;
  const renewed = await encode({ token: { ...token, sessionVersion }, secret, maxAge: SESSION_MAX_AGE });
  cookieStore.set(name, renewed, sessionCookieOptions(name, SESSION_MAX_AGE));
}

// The account is gone (or every session ended): this browser forgets its cookie too.
export async function forgetThisSession(): Promise<void> {
  const cookieStore = await cookies();
  for (const { name } of cookieStore.getAll()) {
    if (isSessionCookie(name)) cookieStore.set(name, "", sessionCookieOptions(name, 0));
  }
}
