import AxeBuilder from "@axe-core/playwright";
import { createWork, type CreatedWork } from "./support/fixtures";
import { account, storageStateOf } from "./support/roles";
import { expect, newContext, test, type Page } from "./support/test";

// axe-core on the pages readers and writers use most, logged out and in, light and dark: no
// violation of moderate impact or worse. Each page is checked in full in the light theme, then
// switched to dark (the System theme follows the emulated colour scheme, no reload) and checked
// again for colour contrast, the only rule a theme can change. Each finding is listed by rule
// and element, so a failure says what to fix.

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

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

function findings(violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[]) {
  return violations
    .filter((violation) => violation.impact !== "minor")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

for (const check of PAGES) {
  test(`${check.name}: no moderate, serious or critical violations, light or dark`, async ({ browser }) => {
    const context = await newContext(browser, { colorScheme: "light", ...(check.loggedIn ? { storageState: storageStateOf("writer") } : {}) });
    const page = await context.newPage();
    await page.goto(check.path(work, account("writer").username));
    await check.before?.(page);
    expect(findings((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations), "light").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("body")).toHaveCSS("background-color", "rgb(28, 25, 23)");
    expect(findings((await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze()).violations), "dark").toEqual([]);
  });
}
