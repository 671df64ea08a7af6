import { expect, test, type Page } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, pageAs, storageStateOf } from "./support/roles";
import { guestPage, NOT_FOUND, stats, uniqueName } from "./support/works";

test.use({ storageState: storageStateOf("writer") });

function workActions(page: Page) {
  return page.getByRole("navigation", { name: "Work actions" });
}

test("a creator edits a work's metadata and tags", async ({ page, browser }) => {
  const fandom = uniqueName("Edited Fandom");
  const oldCharacter = uniqueName("Old Character");
  const newFreeform = uniqueName("Added Later");
  const { id: workId, url } = await createWork(account("writer"), {
    title: uniqueName("First Title"),
    rating: "General Audiences",
    fandoms: [fandom],
    characters: [oldCharacter],
    summary: "The first summary.",
  });

  await page.goto(url);
  await workActions(page).getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/works/${workId}/edit$`));
  // The form opens with what was saved.
  await expect(page.getByLabel("Rating")).toHaveValue("General Audiences");
  await expect(page.getByRole("combobox", { name: "Characters" })).toHaveValue(oldCharacter);
  await expect(page.getByRole("checkbox", { name: "No Archive Warnings Apply" })).toBeChecked();
  await expect(page.getByLabel("Work Text")).toHaveCount(0);

  const newTitle = uniqueName("Second Title");
  await page.getByLabel("Rating").selectOption("Explicit");
  await page.getByRole("checkbox", { name: "Graphic Depictions Of Violence" }).check();
  await page.getByRole("combobox", { name: "Characters" }).fill("");
  await page.getByRole("combobox", { name: "Additional Tags" }).fill(newFreeform);
  await page.getByLabel("Work Title").fill(newTitle);
  await page.getByLabel("Summary", { exact: true }).fill("The second summary.");
  await page.getByLabel("Expected number of chapters").fill("1");
  await page.getByRole("button", { name: "Update" }).click();

  await page.waitForURL(new RegExp(`/works/${workId}$`));
  await expect(page.getByRole("heading", { name: newTitle })).toBeVisible();
  const meta = page.getByRole("region", { name: "Work tags and stats" });
  await expect(meta.getByRole("link", { name: "Explicit", exact: true })).toBeVisible();
  await expect(meta.getByRole("link", { name: "General Audiences", exact: true })).toHaveCount(0);
  await expect(meta.getByRole("link", { name: "Graphic Depictions Of Violence" })).toBeVisible();
  await expect(meta.getByRole("link", { name: newFreeform })).toBeVisible();
  await expect(meta.getByRole("link", { name: oldCharacter })).toHaveCount(0);
  await expect(page.locator("#work-summary")).toHaveText(/The second summary\./);
  await expect(stats(page)).toContainText("Chapters:1/1");

  // Tag pages follow the edit: the new tag lists the work, the removed one no longer does.
  const reader = await guestPage(browser);
  await reader.goto(`/tags/${encodeURIComponent(newFreeform)}/works`);
  await expect(reader.getByRole("list", { name: "Works" }).getByRole("link", { name: newTitle })).toBeVisible();
  await reader.goto(`/tags/${encodeURIComponent(oldCharacter)}/works`);
  await expect(reader.getByRole("link", { name: newTitle })).toHaveCount(0);
});

test("an edit that breaks a rule is refused and keeps what was typed", async ({ page }) => {
  const title = uniqueName("Steady");
  const { id: workId } = await createWork(account("writer"), { title });
  await page.goto(`/works/${workId}/edit`);
  await page.getByRole("combobox", { name: "Fandoms" }).fill("");
  await page.getByLabel("Summary", { exact: true }).fill("Kept after the error.");
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("combobox", { name: "Fandoms" })).toHaveAccessibleDescription(/Please fill in at least one fandom\./);
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue("Kept after the error.");
  await page.goto(`/works/${workId}`);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.locator("#work-summary")).toHaveCount(0);
});

test("only the creator can edit or delete a work; others get the not-found page", async ({ browser }) => {
  const title = uniqueName("Mine");
  const { id: workId } = await createWork(account("writer"), { title });

  const other = { page: await pageAs(browser, "reader") };
  await other.page.goto(`/works/${workId}`);
  await expect(other.page.getByRole("heading", { name: title })).toBeVisible();
  for (const action of ["Edit", "Add Chapter", "Edit Chapter", "Delete"]) {
    await expect(workActions(other.page).getByRole("link", { name: action, exact: true })).toHaveCount(0);
  }
  for (const path of ["edit", "delete", "chapters/new"]) {
    const response = await other.page.goto(`/works/${workId}/${path}`);
    expect(response?.status()).toBe(404);
    await expect(other.page.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
    await expect(other.page.getByLabel("Work Title")).toHaveCount(0);
  }
  await other.page.goto(`/works/${workId}`);
  await expect(other.page.getByRole("heading", { name: title })).toBeVisible();
});

test("deleting a work asks for confirmation first", async ({ page, browser }) => {
  const owner = account("writer").username;
  const title = uniqueName("Short Lived");
  const { id: workId, url } = await createWork(account("writer"), { title });

  await page.goto(url);
  await workActions(page).getByRole("link", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Delete Work" })).toBeVisible();
  await expect(page.getByText(`Are you sure you want to delete ${title}?`)).toBeVisible();
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  await workActions(page).getByRole("link", { name: "Delete", exact: true }).click();
  await page.getByRole("button", { name: "Yes, delete work" }).click();
  await page.waitForURL(new RegExp(`/users/${owner}$`));
  await expect(page.getByRole("heading", { name: `Works by ${owner}` })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  const response = await page.goto(`/works/${workId}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
  const guest = await guestPage(browser);
  await guest.goto(`/works?q=${encodeURIComponent(title)}`);
  await expect(guest.getByRole("link", { name: title })).toHaveCount(0);
  await expect(guest.getByRole("status").filter({ hasText: "Works" })).toHaveText("0–0 of 0 Works");
});
