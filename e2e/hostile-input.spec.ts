import fc from "fast-check";
import { hostileEncoding, hostileNumber, hostileText, hostileValue } from "../lib/params/hostile-values";
import { PASSWORD } from "./support/accounts";
import { createUser } from "./support/fixtures";
import { account, storageStateOf } from "./support/roles";
import { expect, newContext, test, type APIRequestContext, type Browser } from "./support/test";

// Every route of the UI contract with its query parameters, driven with random and hostile
// values against the production server: whatever a link carries, the answer is never a 5xx.
// numRuns is kept small (about 10 s a test on the 2-core machine); each run draws a new seed.

const DEMO_TAG = "Buffy Summers/Spike";
const DEMO_CREATOR = "Aseret";
const FILTER_PARAMS = ["include", "exclude", "rating", "complete", "crossover", "q", "words_from", "words_to", "date_from", "date_to", "language", "sort", "page"];

type Ids = { workId: string; chapterId: string; username: string };
type Route = { path: (segment: string, ids: Ids) => string; params: string[] };

const ROUTES: Route[] = [
  { path: () => "/", params: [] },
  { path: () => "/works", params: FILTER_PARAMS },
  { path: (segment) => `/tags/${segment}/works`, params: FILTER_PARAMS },
  { path: (segment) => `/tags/${segment}/edit`, params: [] },
  { path: (segment) => `/tags/${segment}/feed.atom`, params: [] },
  { path: (segment) => `/users/${segment}`, params: FILTER_PARAMS },
  { path: (segment) => `/users/${segment}/bookmarks`, params: ["page"] },
  { path: (segment) => `/users/${segment}/gifts`, params: ["page"] },
  { path: (_, { username }) => `/users/${encodeURIComponent(username)}/gifts`, params: ["page"] },
  { path: (segment) => `/series/${segment}`, params: [] },
  { path: (segment) => `/series/${segment}/edit`, params: [] },
  { path: (_, { username }) => `/users/${encodeURIComponent(username)}/bookmarks`, params: ["page"] },
  { path: (segment) => `/users/${segment}/stats`, params: ["sort", "year"] },
  { path: (_, { username }) => `/users/${encodeURIComponent(username)}/stats`, params: ["sort", "year"] },
  { path: (segment) => `/works/${segment}`, params: ["view", "view_adult", "download"] },
  { path: (_, { workId }) => `/works/${workId}`, params: ["view", "view_adult", "download"] },
  { path: (segment, { workId }) => `/works/${workId}/chapters/${segment}`, params: ["view_adult"] },
  { path: (_, { workId, chapterId }) => `/works/${workId}/chapters/${chapterId}`, params: ["view_adult"] },
  { path: (segment) => `/works/${segment}/edit`, params: [] },
  { path: (segment) => `/works/${segment}/chapters/new`, params: [] },
  { path: (_, { workId }) => `/works/${workId}/download`, params: ["format", "view_adult"] },
  { path: (segment) => `/works/${segment}/download`, params: ["format", "view_adult"] },
  { path: (segment) => `/comments/${segment}`, params: ["reply", "edit", "delete"] },
  { path: (segment) => `/bookmarks/${segment}/edit`, params: [] },
  { path: () => "/works/new", params: [] },
  { path: () => "/works/import", params: [] },
  { path: () => "/inbox", params: ["page"] },
  { path: () => "/login", params: ["callbackUrl"] },
  { path: () => "/signup", params: [] },
  { path: () => "/users/password/new", params: [] },
  { path: () => "/users/password/edit", params: ["reset_password_token"] },
  { path: (segment) => `/users/${segment}/change_password`, params: [] },
  { path: (_, { username }) => `/users/${encodeURIComponent(username)}/change_email`, params: [] },
  { path: (segment) => `/users/${segment}/delete`, params: [] },
  { path: () => "/api/tags/autocomplete", params: ["type", "q"] },
];

// A query value either properly encoded (the server sees the hostile text itself) or written
// raw, so that broken percent-encodings reach the server's own decoding.
const queryValue = fc.oneof(
  hostileValue.map((value) => encodeURIComponent(value.replace(/[\ud800-\udfff]/g, "\ufffd"))),
  hostileEncoding,
);
const pathSegment = fc.oneof(
  hostileText.map((text) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, "\ufffd"))),
  hostileEncoding,
  hostileNumber.map(encodeURIComponent),
  fc.constantFrom(encodeURIComponent(DEMO_TAG), DEMO_CREATOR),
);

const drawnRequest = fc
  .record({ route: fc.constantFrom(...ROUTES), segment: pathSegment, values: fc.array(fc.tuple(fc.nat(), queryValue), { maxLength: 5 }) })
  .map(({ route, segment, values }) => ({ route, segment, values }));

function urlOf({ route, segment, values }: { route: Route; segment: string; values: [number, string][] }, ids: Ids) {
  const query = route.params.length === 0 ? [] : values.map(([index, value]) => `${route.params[index % route.params.length]}=${value}`);
  return `${route.path(segment, ids)}${query.length ? `?${query.join("&")}` : ""}`;
}

async function expectNoServerError(api: APIRequestContext, url: string) {
  const response = await api.get(url, { maxRedirects: 0, failOnStatusCode: false });
  expect(response.status(), `GET ${url}`).toBeLessThan(500);
}

async function demoIds(api: APIRequestContext): Promise<Omit<Ids, "username">> {
  const works = await (await api.get("/works")).text();
  const workId = /href="\/works\/(\d+)"/.exec(works)?.[1];
  expect(workId, "a demo work on /works").toBeTruthy();
  const work = await (await api.get(`/works/${workId}?view=full`)).text();
  const chapterId = new RegExp(`/works/${workId}/chapters/(\\d+)`).exec(work)?.[1] ?? "1";
  return { workId: workId ?? "1", chapterId };
}

const REPORTED = ["/works?q=%00", "/works?date_to=275760-09-13", "/tags/%E0%A4%A/works", "/inbox?page=Infinity", "/users/%E0%A4%A", "/works?page=1e999&words_from=-1&words_to=Infinity"];

test("hostile query parameters and path segments never make a guest's page fail", async ({ request: api }) => {
  const ids = { ...(await demoIds(api)), username: DEMO_CREATOR };
  for (const url of REPORTED) await expectNoServerError(api, url);
  await fc.assert(
    fc.asyncProperty(drawnRequest, async (drawn) => expectNoServerError(api, urlOf(drawn, ids))),
    { numRuns: 30, endOnFailure: true },
  );
});

test("hostile query parameters and path segments never make a logged-in reader's page fail", async ({ browser }) => {
  const api = (await newContext(browser, { storageState: storageStateOf("reader") })).request;
  const ids = { ...(await demoIds(api)), username: account("reader").username };
  for (const url of REPORTED) await expectNoServerError(api, url);
  await fc.assert(
    fc.asyncProperty(drawnRequest, async (drawn) => expectNoServerError(api, urlOf(drawn, ids))),
    { numRuns: 20, endOnFailure: true },
  );
});

test("a post larger than the Server Action limit is refused with 413", async ({ request: api }) => {
  const response = await api.post("/works/new", {
    data: Buffer.alloc(6 * 1024 * 1024 + 1, "a"),
    headers: { "Content-Type": "text/plain" },
    failOnStatusCode: false,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("too much");
});

test("a Server Action posted from another site is refused with 403", async ({ request: api }) => {
  const response = await api.post("/works/new", {
    data: "[]",
    headers: { "Next-Action": "0123456789abcdef", Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    failOnStatusCode: false,
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("another site");
});

test("a malformed address shows a message inside the archive, with its header", async ({ page }) => {
  const response = await page.goto("/tags/%E0%A4%A/works");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Works" })).toBeVisible();

  await page.goto("/works?q=%00&date_to=275760-09-13&page=Infinity");
  await expect(page.getByRole("heading", { name: "Works", level: 1 })).toBeVisible();
});

// Each log-in in a browser of its own, side by side: no log-out steps between them.
async function logInFollowing(browser: Browser, username: string, callbackUrl: string) {
  const page = await (await newContext(browser)).newPage();
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  return new URL(page.url());
}

test("logging in with a callback to another site ends on this site", async ({ browser, baseURL }) => {
  // The two the issue reported; the other hostile callbacks are in lib/auth/safe-callback.test.ts.
  const { username } = await createUser("callback");
  const origin = new URL(baseURL ?? "").origin;
  const [backslash, tab, ownPage] = await Promise.all([
    logInFollowing(browser, username, "/\\evil.example/phish"),
    logInFollowing(browser, username, "/\t/evil.example"),
    logInFollowing(browser, username, "/works?sort=kudos"),
  ]);
  expect(backslash.origin).toBe(origin);
  expect(tab.origin).toBe(origin);
  expect(`${ownPage.origin}${ownPage.pathname}${ownPage.search}`).toBe(`${origin}/works?sort=kudos`);
});
