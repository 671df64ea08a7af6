import type { BrowserContext } from "@playwright/test";
import { expect, newContext, test } from "./support/test";
import { createWork } from "./support/fixtures";
import { account } from "./support/roles";

// After a post, a browser carries `folio_fresh_until` for a few seconds: its pages then skip
// nginx's guest cache and a lagging database replica (lib/db-routing.ts, deploy/nginx.conf).
const MARKER = "folio_fresh_until";

async function marker(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === MARKER);
}

test("after a post the browser carries the read-your-writes marker for a few seconds, also when the action sets cookies of its own", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const work = await createWork(account("writer"));
  await page.goto(work.url);
  expect(await marker(context)).toBeUndefined();

  await page.getByRole("button", { name: /Kudos/ }).click();
  await expect(page.getByText("Thank you for leaving kudos!")).toBeVisible();
  const afterKudos = await marker(context);
  expect(afterKudos?.httpOnly).toBe(true);
  const secondsLeft = afterKudos!.expires - Date.now() / 1000;
  expect(secondsLeft).toBeGreaterThan(0);
  expect(secondsLeft).toBeLessThanOrEqual(10);

  // Saving a guest's preferences sets their cookie as well: both arrive.
  await context.clearCookies();
  await page.goto("/preferences");
  await page.getByLabel("Theme").selectOption({ label: "Dark" });
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Your preferences were saved")).toBeVisible();
  const names = (await context.cookies()).map((cookie) => cookie.name);
  expect(names).toContain("folio_preferences");
  expect(names).toContain(MARKER);
});
