import path from "node:path";
import { readFileSync } from "node:fs";
import { createUser, createWork } from "./support/fixtures";
import { expect, newContext, test, type Page } from "./support/test";

// The README's screenshots come from here: `UPDATE_SCREENSHOTS=1 npm test -- --only=e2e
// e2e/themes.spec.ts` writes them to docs/screenshots/; otherwise they go with the test's output.
const SCREENSHOTS = path.join(__dirname, "..", "docs", "screenshots");

async function chooseTheme(page: Page, theme: string) {
  await page.goto("/preferences");
  await page.getByLabel("Theme").selectOption({ label: theme });
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Your preferences were saved")).toBeVisible();
}

const TEXT = "The lanterns went out one by one.\n\nShe kept walking along the river, counting them.";

// Dark and sepia set their colours in globals.css; light is Tailwind's own palette (oklch), so it
// is told apart by not being the dark one.
const THEMES = [
  { theme: "Light", background: null, text: null },
  { theme: "Dark", background: "rgb(28, 25, 23)", text: "rgb(245, 245, 244)" },
  { theme: "Sepia", background: "rgb(244, 236, 216)", text: "rgb(51, 40, 26)" },
] as const;

for (const { theme, background, text } of THEMES) {
  test(`the ${theme} theme colours the reading page, its text and its forms`, async ({ browser }, testInfo) => {
    const writer = await createUser("themewriter");
    const work = await createWork(writer, { title: "Lanterns on the River", chapters: [{ title: "Dusk", text: TEXT }], commentPermission: "EVERYONE" });
    const page = await (await newContext(browser)).newPage();
    await chooseTheme(page, theme);
    await page.goto(work.url);
    if (background) await expect(page.locator("body")).toHaveCSS("background-color", background);
    else await expect(page.locator("body")).not.toHaveCSS("background-color", "rgb(28, 25, 23)");
    if (text) await expect(page.locator(".userstuff p").first()).toHaveCSS("color", text);
    // Form fields follow the theme too: white in the light theme, dark in the dark one.
    if (theme === "Dark") await expect(page.getByLabel("Comment")).toHaveCSS("background-color", "rgb(41, 37, 36)");
    const file = `work-${theme.toLowerCase()}.png`;
    await page.screenshot({ path: process.env.UPDATE_SCREENSHOTS ? path.join(SCREENSHOTS, file) : testInfo.outputPath(file) });
  });
}

test("on a phone's width the works index is one column and still themed", async ({ browser }, testInfo) => {
  const page = await (await newContext(browser, { viewport: { width: 390, height: 844 }, colorScheme: "dark" })).newPage();
  await page.goto("/works");
  await expect(page.locator("body")).toHaveCSS("background-color", "rgb(28, 25, 23)");
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  const file = "works-phone-dark.png";
  await page.screenshot({ path: process.env.UPDATE_SCREENSHOTS ? path.join(SCREENSHOTS, file) : testInfo.outputPath(file) });
  expect(readFileSync(process.env.UPDATE_SCREENSHOTS ? path.join(SCREENSHOTS, file) : testInfo.outputPath(file)).length).toBeGreaterThan(1000);
});
