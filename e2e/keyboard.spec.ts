import { createUser, createWork } from "./support/fixtures";
import { uniqueName } from "./support/works";
import { storageStateOf } from "./support/roles";
import { expect, test, type Locator, type Page } from "./support/test";

// Posting and filtering with the keyboard alone: Tab to each control (never a click), type,
// Space for boxes, Enter to submit. The focus must reach every control in a sensible order.

async function tabTo(page: Page, target: Locator, limit = 120) {
  const handle = await target.elementHandle();
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate((element) => document.activeElement === element, handle)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe("as a writer", () => {
  test.use({ storageState: storageStateOf("writer") });

  test("the whole posting flow, with the keyboard alone", async ({ page }) => {
    const title = uniqueName("Keyboard Work");
    await page.goto("/works/new");
    await tabTo(page, page.getByLabel("Rating"));
    await page.keyboard.type("General Audiences");
    await tabTo(page, page.getByLabel("No Archive Warnings Apply"));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByLabel("Fandoms"));
    await page.keyboard.type("Keyboard Fandom");
    await tabTo(page, page.getByLabel("Work Title"));
    await page.keyboard.type(title);
    await tabTo(page, page.getByLabel("Work Text"));
    await page.keyboard.type("Typed without a mouse, from the first key to the last.");
    await tabTo(page, page.getByRole("button", { name: "Post", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await expect(page.getByText("Typed without a mouse")).toBeVisible();
  });
});

test("the filter flow, with the keyboard alone", async ({ page }) => {
  const writer = await createUser("keyfilter");
  const fandom = uniqueName("Keyboard Filter Fandom");
  const trope = uniqueName("Keyboard Trope");
  const kept = await createWork(writer, { fandoms: [fandom], title: uniqueName("Kept") });
  const dropped = await createWork(writer, { fandoms: [fandom], freeforms: [trope], title: uniqueName("Dropped") });
  await page.goto(`/works?include=${encodeURIComponent(fandom)}`);
  const list = page.getByRole("list", { name: "Works" });
  await expect(list.getByRole("link", { name: dropped.title })).toBeVisible();

  // "Exclude" opened with Enter, the unwanted tag's box ticked with Space, then Sort and Filter.
  const form = page.getByRole("form", { name: "Sort and filter works" });
  await tabTo(page, form.locator("summary", { hasText: "Exclude" }));
  await page.keyboard.press("Enter");
  await tabTo(page, form.getByRole("group", { name: "Exclude Additional Tags" }).getByLabel(new RegExp(trope)));
  await page.keyboard.press("Space");
  await tabTo(page, form.getByRole("button", { name: "Sort and Filter" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/exclude=/);
  await expect(list.getByRole("link", { name: kept.title })).toBeVisible();
  await expect(list.getByRole("link", { name: dropped.title })).toHaveCount(0);
});
