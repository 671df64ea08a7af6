import { expect, type Page } from "@playwright/test";

export async function bookmarksCount(page: Page): Promise<number> {
  const value = page.getByRole("term").filter({ hasText: "Bookmarks:" }).locator("xpath=following-sibling::dd");
  return Number((await value.innerText()).replace(/,/g, ""));
}

type BookmarkFields = { notes?: string; tags?: string; rec?: boolean; private?: boolean };

// Fills the open bookmark form (on the work page or the edit page) and saves it.
export async function fillBookmarkForm(page: Page, fields: BookmarkFields) {
  if (fields.notes !== undefined) await page.getByLabel("Notes", { exact: true }).fill(fields.notes);
  if (fields.tags !== undefined) await page.getByRole("combobox", { name: "Your tags" }).fill(fields.tags);
  if (fields.rec !== undefined) await page.getByLabel("Rec", { exact: true }).setChecked(fields.rec);
  if (fields.private !== undefined) await page.getByLabel("Private bookmark").setChecked(fields.private);
  await page.getByRole("button", { name: "Save bookmark" }).click();
}

export async function bookmarkWork(page: Page, workUrl: string, fields: BookmarkFields = {}) {
  await page.goto(workUrl);
  await page.getByRole("button", { name: "Bookmark", exact: true }).click();
  await fillBookmarkForm(page, fields);
  await expect(page.getByRole("heading", { name: /^Bookmarks by / })).toBeVisible();
}
