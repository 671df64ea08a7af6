import { describe, expect, test } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

const ORIGIN = "http://folio.test:3000";

describe("safeCallbackPath", () => {
  test.each([
    ["/works/12", "/works/12"],
    ["/works?sort=kudos#top", "/works?sort=kudos#top"],
    ["/tags/Buffy%20Summers%2FSpike/works", "/tags/Buffy%20Summers%2FSpike/works"],
    ["http://folio.test:3000/inbox", "/inbox"],
    ["works/12", "/works/12"],
  ])("keeps a path on this site: %s", (callbackUrl, expected) => {
    expect(safeCallbackPath(callbackUrl, ORIGIN)).toBe(expected);
  });

  test.each([
    "/\\evil.example/phish",
    "\\\\evil.example",
    "//evil.example",
    "/\t/evil.example",
    "/%09/evil.example".replace("%09", "\t"),
    "/\n/evil.example",
    "/.//evil.example",
    "https://evil.example/phish",
    "http://folio.test:3001/works",
    "https://folio.test:3000/works",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " //evil.example",
    "http://[::1",
  ])("sends anything off the site to the home page: %j", (callbackUrl) => {
    expect(safeCallbackPath(callbackUrl, ORIGIN)).toBe("/");
  });

  test("a missing or non-string callback goes home", () => {
    expect(safeCallbackPath(undefined, ORIGIN)).toBe("/");
    expect(safeCallbackPath("", ORIGIN)).toBe("/");
    expect(safeCallbackPath(["/works"], ORIGIN)).toBe("/");
  });
});
