import { test as base } from "@playwright/test";

export * from "@playwright/test";

// Playwright closes the contexts it makes for `page` and `context`, but not the ones a test opens
// itself with browser.newContext() (a second reader, a guest): those live, renderer process and
// all, until the worker's browser closes, and a long run slows down under them. Every spec
// imports `test` from here, so they close when the test ends.
export const test = base.extend<{ closeOpenedContexts: void }>({
  closeOpenedContexts: [
    async ({ browser }, use) => {
      await use();
      await Promise.all(browser.contexts().map((context) => context.close()));
    },
    { auto: true },
  ],
});
