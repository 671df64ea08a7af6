import { NextResponse } from "next/server";
import { describe, expect, test, vi } from "vitest";
import { FRESH_COOKIE, FRESH_SECONDS, isFresh, keepingFreshMarker, markPost, rememberPost } from "./db-routing";

// A Server Action's cookie store, as next/headers hands it over: the request's cookies, and what
// the action sets.
const jar = new Map<string, string>();
const set: { name: string; value: string; maxAge?: number }[] = [];
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string, options: { maxAge?: number } = {}) => {
      jar.set(name, value);
      set.push({ name, value, maxAge: options.maxAge });
    },
  }),
}));

const NOW = 1_800_000_000_000;

describe("the read-your-writes marker (proxy.ts)", () => {
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
    // Not through response.cookies, which Next would count as the action's own (and refresh the page).
    expect(response.headers.get("x-middleware-set-cookie")).toBeNull();

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

  test("an action that sets cookies of its own keeps the marker among them; one that sets none leaves it to proxy.ts", async () => {
    const marker = String(Date.now() + 5000);
    const run = async (work: () => Promise<unknown>) => {
      jar.clear();
      set.length = 0;
      jar.set(FRESH_COOKIE, marker);
      jar.set("folio_preferences", "old");
      await keepingFreshMarker(work, false).catch(() => {});
      return set.map(({ name, value, maxAge }) => `${name}=${value}/${maxAge}`);
    };
    const setsOwn = async () => void (await import("next/headers")).cookies().then((cookies) => cookies.set("folio_preferences", "new"));
    expect(await run(setsOwn)).toEqual(["folio_preferences=new/undefined", `${FRESH_COOKIE}=${marker}/${FRESH_SECONDS}`]);
    expect(await run(async () => "nothing set")).toEqual([]);
    // redirect() travels as an exception: the marker is kept all the same.
    expect(
      await run(async () => {
        await setsOwn();
        throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/;303;" });
      }),
    ).toEqual(["folio_preferences=new/undefined", `${FRESH_COOKIE}=${marker}/${FRESH_SECONDS}`]);
  });
});
