import { afterEach, describe, expect, test, vi } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { NextRequest, NextResponse } from "next/server";
import { renewSession } from "@/lib/auth/session-cookie";
import { SESSION_MAX_AGE, SESSION_UPDATE_AGE } from "@/lib/auth/session-lifetime";

const SECRET = "a test secret that is long enough";
const COOKIE = "next-auth.session-token";
const T0 = Date.UTC(2026, 10, 1, 12);
const claims = { userId: 7, username: "reader", sessionVersion: 2 };

function requestWith(cookie: string, { method = "GET", path = "/works" } = {}) {
  return new NextRequest(`http://folio.test${path}`, { method, headers: { cookie: `${COOKIE}=${cookie}` } });
}

async function tokenIssuedAt(time: number) {
  vi.setSystemTime(time);
  return encode({ token: claims, secret: SECRET, maxAge: SESSION_MAX_AGE });
}

describe("renewSession", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("a page view with a token older than a day gets the same claims with a fresh expiry", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const old = await tokenIssuedAt(T0);
    const later = T0 + SESSION_UPDATE_AGE * 1000 + 60_000;
    vi.setSystemTime(later);

    const response = await renewSession(requestWith(old), NextResponse.next(), { secret: SECRET });
    const cookie = response.cookies.get(COOKIE);
    expect(cookie?.value).toBeTruthy();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: SESSION_MAX_AGE });

    const renewed = await decode({ token: cookie!.value, secret: SECRET });
    expect(renewed).toMatchObject(claims);
    expect(renewed!.exp).toBe(Math.floor(later / 1000) + SESSION_MAX_AGE);
    expect(renewed!.exp as number).toBeGreaterThan(Math.floor(T0 / 1000) + SESSION_MAX_AGE);
  });

  test("a token younger than a day is left as it is", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const fresh = await tokenIssuedAt(T0);
    vi.setSystemTime(T0 + 60 * 60 * 1000);
    const response = await renewSession(requestWith(fresh), NextResponse.next(), { secret: SECRET });
    expect(response.cookies.get(COOKIE)).toBeUndefined();
  });

  test("posts, next-auth's own routes and unreadable tokens are left alone", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const old = await tokenIssuedAt(T0);
    vi.setSystemTime(T0 + 2 * SESSION_UPDATE_AGE * 1000);
    for (const request of [
      requestWith(old, { method: "POST" }),
      requestWith(old, { path: "/api/auth/session" }),
      requestWith("not-a-token"),
    ]) {
      const response = await renewSession(request, NextResponse.next(), { secret: SECRET });
      expect(response.cookies.get(COOKIE)).toBeUndefined();
    }
    // A token made with another secret is not ours to renew.
    const response = await renewSession(requestWith(old), NextResponse.next(), { secret: "another secret entirely, also long" });
    expect(response.cookies.get(COOKIE)).toBeUndefined();
  });

  test("an expired token is not brought back", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const old = await tokenIssuedAt(T0);
    vi.setSystemTime(T0 + (SESSION_MAX_AGE + 60) * 1000);
    const response = await renewSession(requestWith(old), NextResponse.next(), { secret: SECRET });
    expect(response.cookies.get(COOKIE)).toBeUndefined();
  });
});
