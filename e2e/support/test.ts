import { test as base, type Browser, type BrowserContext, type BrowserContextOptions } from "@playwright/test";

export * from "@playwright/test";

// Next's <Link> prefetches every link that scrolls into view; for this archive's dynamic routes
// each prefetch is a server render (layout, session, inbox count), 20–30 of them per page view
// (a listing links every work, creator and tag). In a test run that multiplies the server's work
// by ~25 and queues every step behind renders nobody looks at, so the test browser declines them;
// a click still fetches the page it opens, as it does when a prefetch has not arrived yet.
async function declinePrefetches(context: BrowserContext) {
  await context.route(/[?&]_rsc=/, (route) =>
    route.request().headers()["next-router-prefetch"] ? route.abort("blockedbyclient") : route.fallback(),
  );
}

// A second person's browser (a guest, another reader), set up as the `page` fixture's is. It starts
// logged out unless told otherwise: Playwright would otherwise give it the spec's
// `test.use({ storageState })`, and the "guest" would be the writer.
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, ...options });
  await declinePrefetches(context);
  return context;
}

// Playwright closes the contexts it makes for `page` and `context`, but not the ones a test opens
// itself (a second reader, a guest): those live, renderer process and all, until the worker's
// browser closes, and a long run slows down under them. Every spec imports `test` from here.
export const test = base.extend<{ closeOpenedContexts: void }>({
  context: async ({ context }, provide) => {
    await declinePrefetches(context);
    await provide(context);
  },
  closeOpenedContexts: [
    async ({ browser }, use) => {
      await use();
      await Promise.all(browser.contexts().map((context) => context.close()));
    },
    { auto: true },
  ],
});
