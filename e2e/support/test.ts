import { test as base, type Browser, type BrowserContext, type BrowserContextOptions } from "@playwright/test";

export * from "@playwright/test";

// A second person's browser (a guest, another reader), set up as the `page` fixture's is. It starts
// logged out unless told otherwise: Playwright would otherwise give it the spec's
// `test.use({ storageState })`, and the "guest" would be the writer.
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ storageState: { cookies: [], origins: [] }, ...options });
}

// Playwright closes the contexts it makes for `page` and `context`, but not the ones a test opens
// itself (a second reader, a guest): those live, renderer process and all, until the worker's
// browser closes, and a long run slows down under them. Every spec imports `test` from here.
export const test = base.extend<{ closeOpenedContexts: void }>({
  closeOpenedContexts: [
    async ({ browser }, use) => {
      await use();
      await Promise.all(browser.contexts().map((context) => context.close()));
    },
    { auto: true },
  ],
});
