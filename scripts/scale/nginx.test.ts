// The shipped deploy/nginx.conf, run by a real nginx (Debian's nginx-light) in front of two small
// HTTP servers that stand in for app instances: each answers with its own name and counts what it
// was asked. What a guest, a reader with a session and a writer each get through it.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { clientAddressFrom } from "@/lib/visitors/client-address";
import { installSocketAddressHook, peerMark } from "@/lib/visitors/socket-address-hook";
import { findFreePort } from "../lib/free-port";
import { type RunningNginx, startNginx } from "../lib/nginx";

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; bodyBytes: number };

class Instance {
  readonly seen: Seen[] = [];
  private server: http.Server | null = null;
  port = 0;

  constructor(readonly name: string) {}

  async start() {
    this.server = http.createServer((request, response) => {
      let bodyBytes = 0;
      request.on("data", (chunk: Buffer) => (bodyBytes += chunk.length));
      request.on("end", () => {
        this.seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, bodyBytes });
        const url = new URL(request.url ?? "/", "http://instance");
        // What Next sends with every rendered page.
        response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
        if (url.pathname.startsWith("/_next/static/")) {
          response.setHeader("Content-Type", "application/javascript");
          response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        } else {
          response.setHeader("Content-Type", "text/html; charset=utf-8");
        }
        if (url.pathname.startsWith("/not-a-page/")) response.statusCode = 404;
        if (url.pathname === "/sets-a-cookie") response.setHeader("Set-Cookie", "view_adult=true; Path=/; HttpOnly");
        // Next's redirect from a trailing slash repeats the whole address.
        if (url.pathname.endsWith("/") && url.pathname !== "/") {
          response.statusCode = 308;
          response.setHeader("Location", `${url.pathname.slice(0, -1)}${url.search}`);
        }
        // Long enough to be worth compressing.
        response.end(`${this.name} ${"<p>A page of the archive.</p>".repeat(url.pathname === "/long" ? 200 : 1)}`);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  stop() {
    this.server?.closeAllConnections();
    return new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  asked(path: string) {
    return this.seen.filter((request) => request.url === path);
  }
}

const a = new Instance("instance-a");
const b = new Instance("instance-b");
let nginx: RunningNginx;

beforeAll(async () => {
  // The app's own hook: what it records is what lib/visitors reads.
  installSocketAddressHook();
  await Promise.all([a.start(), b.start()]);
  nginx = await startNginx({ port: await findFreePort(), upstreams: [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`] });
});

afterAll(async () => {
  await nginx?.stop();
  await Promise.all([a.stop(), b.stop()]);
});

let unique = 0;
const freshPath = (name: string) => `/works/${name}-${++unique}`;

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${nginx.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, body: await response.text(), cache: response.headers.get("x-cache-status") };
}

const askedBoth = (path: string) => a.asked(path).length + b.asked(path).length;

describe("deploy/nginx.conf", () => {
  test("spreads uncached requests round-robin over both instances", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 10; i++) answers.push((await get(`/api/round-robin?${i}`)).body.split(" ")[0]!);
    const fromA = answers.filter((name) => name === "instance-a").length;
    expect(fromA, answers.join(", ")).toBeGreaterThanOrEqual(4);
    expect(fromA, answers.join(", ")).toBeLessThanOrEqual(6);
    expect(answers.filter((name) => name === "instance-b")).toHaveLength(10 - fromA);
  });

  test("a guest's page is rendered once and then served from the micro-cache", async () => {
    const path = freshPath("guest");
    const first = await get(path);
    const second = await get(path);
    const head = await fetch(`${nginx.url}${path}`, { method: "HEAD" });
    expect([first.status, first.cache]).toEqual([200, "MISS"]);
    expect([second.status, second.cache]).toEqual([200, "HIT"]);
    expect(head.headers.get("x-cache-status")).toBe("HIT");
    expect(second.body).toBe(first.body);
    expect(askedBoth(path)).toBe(1);
    // An in-page navigation (RSC) of the same address is a page of its own.
    expect((await get(path, { RSC: "1" })).cache).toBe("MISS");
  });

  test.each([
    ["a session", "next-auth.session-token=abc"],
    ["an https session", "theme=x; __Secure-next-auth.session-token=abc"],
    ["a split session", "next-auth.session-token.0=abc; next-auth.session-token.1=def"],
    ["a guest's preferences", "folio_preferences=eyJ0aGVtZSI6ImRhcmsifQ"],
    ["yes to the adult content check", "view_adult=true"],
    ["a write a moment ago", "folio_fresh_until=1"],
  ])("a request carrying %s is never answered from the cache nor stored", async (_, cookie) => {
    const path = freshPath("personal");
    await get(path); // a guest's copy is in the cache now
    const personal = [await get(path, { Cookie: cookie }), await get(path, { Cookie: cookie })];
    expect(personal.map((response) => response.cache)).toEqual(["BYPASS", "BYPASS"]);
    expect(askedBoth(path)).toBe(3);

    const unseen = freshPath("personal-first");
    await get(unseen, { Cookie: cookie });
    expect((await get(unseen)).cache).toBe("MISS");
  });

  test("cookies that change nothing for a guest don't stop caching", async () => {
    const path = freshPath("harmless-cookie");
    await get(path, { Cookie: "next-auth.csrf-token=abc; next-auth.callback-url=%2F" });
    expect((await get(path, { Cookie: "next-auth.csrf-token=def" })).cache).toBe("HIT");
  });

  test("a response that sets a cookie is never stored", async () => {
    const responses = [await get("/sets-a-cookie"), await get("/sets-a-cookie")];
    expect(responses.map((response) => response.cache)).toEqual(["MISS", "MISS"]);
    expect(responses[1]!.headers.get("set-cookie")).toContain("view_adult=true");
    expect(askedBoth("/sets-a-cookie")).toBe(2);
  });

  test("posts (Server Actions), the API, log-in and sign-up always reach an instance", async () => {
    const path = freshPath("posted");
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${nginx.url}${path}`, { method: "POST", body: "kudos=1", headers: { "Next-Action": "abc" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-cache-status")).not.toBe("HIT");
    }
    expect(askedBoth(path)).toBe(2);
    for (const uncached of ["/login", "/signup", "/api/tags/autocomplete?q=a", "/users/password/edit?reset_password_token=t"]) {
      expect([(await get(uncached)).cache, (await get(uncached)).cache], uncached).toEqual(["BYPASS", "BYPASS"]);
      expect(askedBoth(uncached), uncached).toBe(2);
    }
  });

  test("the build's static files are kept for a year, by browsers and by nginx", async () => {
    const path = "/_next/static/chunks/app-1234.js";
    const first = await get(path);
    const second = await get(path);
    expect(first.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(second.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect([first.cache, second.cache]).toEqual(["MISS", "HIT"]);
  });

  test("instances see the client's address, host and scheme, and no address a client made up", async () => {
    const path = freshPath("forwarded");
    await fetch(`${nginx.url}${path}`, { method: "POST", headers: { "X-Forwarded-For": "6.6.6.6", "X-Folio-Peer-Mark": "forged" } });
    const [seen] = [...a.asked(path), ...b.asked(path)];
    const headers = new Headers(seen!.headers as Record<string, string>);
    expect(headers.get("host")).toBe(new URL(nginx.url).host);
    expect(headers.get("x-forwarded-host")).toBe(new URL(nginx.url).host);
    expect(headers.get("x-forwarded-proto")).toBe("http");
    // The app's rule with TRUST_PROXY=1: the address nginx saw, not the one the client wrote.
    expect(headers.get("x-forwarded-for")).toBe("6.6.6.6, 127.0.0.1, 127.0.0.1");
    expect(clientAddressFrom(headers, { trustedHops: 1, peerMark: peerMark() })).toBe("127.0.0.1");
  });

  test("nginx compresses, the instances don't have to", async () => {
    // node:http, which (unlike fetch) hands over the bytes as they came.
    const { headers, body } = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${nginx.url}/long`, { headers: { "Accept-Encoding": "gzip" } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
    expect(headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(body).toString()).toMatch(/^instance-[ab] /);
    expect([...a.asked("/long"), ...b.asked("/long")].map((seen) => seen.headers["accept-encoding"])).toEqual([undefined]);
  });

  test("bodies up to the app's own 413 limit pass; far larger ones stop at nginx", async () => {
    const path = freshPath("upload");
    const sixAndAHalfMb = await fetch(`${nginx.url}${path}`, { method: "POST", body: Buffer.alloc(6.5 * 1024 * 1024, 97) });
    expect(sixAndAHalfMb.status).toBe(200);
    expect([...a.asked(path), ...b.asked(path)].map((seen) => seen.bodyBytes)).toEqual([6.5 * 1024 * 1024]);
    const eightMb = await fetch(`${nginx.url}${path}`, { method: "POST", body: Buffer.alloc(8 * 1024 * 1024, 97) });
    expect(eightMb.status).toBe(413);
  });

  test("an address nginx can't decode gets the app's own not-found page", async () => {
    // Sent by hand: fetch would not send a broken %-escape.
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(new URL(nginx.url).port), "127.0.0.1", () => {
        socket.write(`GET /tags/%E0%A4%A/works HTTP/1.1\r\nHost: ${new URL(nginx.url).host}\r\nConnection: close\r\n\r\n`);
      });
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 302 /);
    expect(reply).toMatch(/\r\nLocation: \/not-a-page\/malformed-address\r\n/);
    const followed = await get("/not-a-page/malformed-address");
    expect(followed.status).toBe(404);
    expect(followed.body).toMatch(/^instance-[ab] /);
    // Only for nginx's own refusals: nobody else reaches the redirect.
    expect((await get("/_folio/malformed-address")).status).toBe(404);
  });

  test("an answer with long headers, such as a redirect repeating a 7 KB address, passes through", async () => {
    const search = `?date_from=${"x".repeat(7000)}`;
    const response = await fetch(`${nginx.url}/users/${search}`, { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe(`/users${search}`);
  });

  // Last: it stops instance B.
  test("when one instance is down, every request is answered by the other", async () => {
    await b.stop();
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await get(`/api/after-b-stopped?${i}`);
      expect(response.status).toBe(200);
      answers.push(response.body.split(" ")[0]!);
    }
    expect(new Set(answers)).toEqual(new Set(["instance-a"]));
  });
});
