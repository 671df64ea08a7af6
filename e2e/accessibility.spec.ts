import AxeBuilder from "@axe-core/playwright";
import { createWork, type CreatedWork } from "./support/fixtures";
import { account, storageStateOf } from "./support/roles";
import { expect, newContext, test, type Browser, type Page } from "./support/test";

// axe-core on the pages readers and writers use most, logged out and in, light and dark: no
// violation of moderate impact or worse. Each finding is listed by rule and element, so a failure
// says what to fix.

type Check = { name: string; path: (work: CreatedWork, username: string) => string; loggedIn: boolean; before?: (page: Page) => Promise<void> };

const PAGES: Check[] = [
  { name: "home", path: () => "/", loggedIn: false },
  {
    name: "works index with the filters open",
    path: () => "/works",
    loggedIn: false,
    before: async (page) => {
      const toggle = page.getByText("Sort and Filter options");
      if (await toggle.isVisible()) await toggle.click();
    },
  },
  { name: "a work with its comments", path: (work) => work.url, loggedIn: false },
  { name: "log-in", path: () => "/login", loggedIn: false },
  { name: "preferences (guest)", path: () => "/preferences", loggedIn: false },
  { name: "a work, logged in", path: (work) => work.url, loggedIn: true },
  { name: "the posting form", path: () => "/works/new", loggedIn: true },
  { name: "the chapter manager", path: (work) => `/works/${work.id}/chapters/manage`, loggedIn: true },
  { name: "bookmarks", path: (_work, username) => `/users/${username}/bookmarks`, loggedIn: true },
  { name: "the inbox", path: () => "/inbox", loggedIn: true },
  { name: "preferences", path: () => "/preferences", loggedIn: true },
  { name: "history", path: (_work, username) => `/users/${username}/readings`, loggedIn: true },
];

let work: CreatedWork;

test.beforeAll(async () => {
  work = await createWork(account("writer"), {
    title: "An Accessible Work",
    commentPermission: "EVERYONE",
    chapters: [{ title: "First" }, { title: "Second" }],
  });
});

async function violations(browser: Browser, check: Check, colorScheme: "light" | "dark") {
  const context = await newContext(browser, { colorScheme, ...(check.loggedIn ? { storageState: storageStateOf("writer") } : {}) });
  const page = await context.newPage();
  await page.goto(check.path(work, account("writer").username));
  await check.before?.(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((violation) => violation.impact !== "minor")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

for (const colorScheme of ["light", "dark"] as const) {
  for (const check of PAGES) {
    test(`${check.name}, ${colorScheme}: no moderate, serious or critical violations`, async ({ browser }) => {
      expect(await violations(browser, check, colorScheme)).toEqual([]);
    });
  }
}
