import { NextResponse } from "next/server";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { FRESH_COOKIE, FRESH_SECONDS, isFresh, markPost, rememberPost } from "./db-routing";

const NOW = 1_800_000_000_000;

describe("the read-your-writes marker (proxy.ts)", () => {
  beforeEach(() => {
    vi.stubEnv("DATABASE_REPLICA_URL", "postgresql://replica.invalid/folio");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  test("without a replica nothing is marked (there is no lag to cover)", () => {
    vi.stubEnv("DATABASE_REPLICA_URL", "");
    const headers = new Headers({ cookie: "folio_preferences=x" });
    expect(markPost({ method: "POST" }, headers, NOW)).toBeNull();
    expect(headers.get("cookie")).toBe("folio_preferences=x");
  });

  test("a post carries it in its own Cookie header, replacing an older one", () => {
    const headers = new Headers({ cookie: `next-auth.session-token=abc; ${FRESH_COOKIE}=1; folio_preferences=x` });
    const value = markPost({ method: "POST" }, headers, NOW);
    expect(value).toBe(String(NOW + FRESH_SECONDS * 1000));
    expect(headers.get("cookie")).toBe(`next-auth.session-token=abc; folio_preferences=x; ${FRESH_COOKIE}=${value}`);
    expect(isFresh(value!, NOW)).toBe(true);
    expect(isFresh(value!, NOW + FRESH_SECONDS * 1000)).toBe(false);
  });

  test("a page view is left as it is", () => {
    const headers = new Headers({ cookie: "folio_preferences=x" });
    expect(markPost({ method: "GET" }, headers, NOW)).toBeNull();
    expect(headers.get("cookie")).toBe("folio_preferences=x");
    const bare = new Headers();
    expect(markPost({ method: "HEAD" }, bare, NOW)).toBeNull();
    expect(bare.has("cookie")).toBe(false);
  });

  test("the browser gets it for a few seconds, unless its post was turned away", () => {
    const response = NextResponse.next();
    rememberPost("123", response, true);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`${FRESH_COOKIE}=123`);
    expect(cookie).toContain(`Max-Age=${FRESH_SECONDS}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);

    for (const status of [403, 413, 503]) {
      const refused = new NextResponse("no", { status });
      rememberPost("123", refused, false);
      expect(refused.headers.get("set-cookie")).toBeNull();
    }
    const view = NextResponse.next();
    rememberPost(null, view, false);
    expect(view.headers.get("set-cookie")).toBeNull();
  });

  test("a marker too far ahead counts for nothing", () => {
    expect(isFresh(String(NOW + 3600_000), NOW)).toBe(false);
    expect(isFresh("soon", NOW)).toBe(false);
    expect(isFresh(undefined, NOW)).toBe(false);
  });
});
