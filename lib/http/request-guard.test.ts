import { describe, expect, test } from "vitest";
import { refuseRequest } from "@/lib/http/request-guard";
import { bodySizeLimitBytes } from "@/lib/http/server-action-limits.json";

const post = (headers: Record<string, string>, publicUrl?: string) =>
  refuseRequest({ method: "POST", headers: new Headers({ host: "folio.test:3000", ...headers }), publicUrl });

describe("refuseRequest", () => {
  test("a body over the Server Action limit is refused with 413", () => {
    expect(post({ "content-length": String(bodySizeLimitBytes + 1) })?.status).toBe(413);
    expect(post({ "content-length": String(bodySizeLimitBytes) })).toBeNull();
    expect(post({ "content-length": "5242880" })).toBeNull();
  });

  test("a Server Action from another origin is refused with 403", () => {
    expect(post({ "next-action": "abc", origin: "https://evil.example" })?.status).toBe(403);
    expect(post({ "next-action": "abc", origin: "http://folio.test:3001" })?.status).toBe(403);
    expect(post({ "next-action": "abc", origin: "null" })?.status).toBe(403);
    expect(post({ "next-action": "abc", origin: "http://evil.example", "x-forwarded-host": "folio.example" })?.status).toBe(403);
  });

  test("a Server Action from this site passes, however the site is reached", () => {
    expect(post({ "next-action": "abc", origin: "http://folio.test:3000" })).toBeNull();
    expect(post({ "next-action": "abc", origin: "http://FOLIO.test:3000" })).toBeNull();
    expect(post({ "next-action": "abc", origin: "https://folio.example", "x-forwarded-host": "folio.example" })).toBeNull();
    expect(post({ "next-action": "abc", origin: "https://folio.example" }, "https://folio.example")).toBeNull();
    expect(post({ "next-action": "abc" })).toBeNull();
  });

  test("other requests pass", () => {
    expect(refuseRequest({ method: "GET", headers: new Headers({ "content-length": "99999999999", origin: "https://evil.example", "next-action": "x" }) })).toBeNull();
    expect(post({ origin: "https://evil.example" })).toBeNull();
  });
});
