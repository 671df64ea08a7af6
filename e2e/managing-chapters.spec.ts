import { expect, test, type Page } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, storageStateOf } from "./support/roles";
import { addChapter, guestPage, stats, uniqueName } from "./support/works";

test.use({ storageState: storageStateOf("writer") });

function chapterHeadings(page: Page) {
  return page.getByRole("heading", { level: 2, name: /^Chapter \d+/ });
}

function workActions(page: Page) {
  return page.getByRole("navigation", { name: "Work actions" });
}

test("reordering chapters on the Manage Chapters page changes the reading order", async ({ page, browser }) => {
  const { id: workId } = await createWork(account("writer"), {
    title: uniqueName("Shuffled"),
    chapters: [{ title: "Alpha" }, { title: "Bravo" }, { title: "Charlie" }],
  });

  await page.goto(`/works/${workId}`);
  await workActions(page).getByRole("link", { name: "Manage Chapters" }).click();
  await expect(page.getByRole("heading", { name: /^Manage Chapters of/ })).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: "Position of 1. Alpha" })).toHaveValue("1");
  await page.getByRole("spinbutton", { name: "Position of 3. Charlie" }).fill("1");
  await page.getByRole("button", { name: "Update Positions" }).click();
  await page.waitForURL(new RegExp(`/works/${workId}$`));
  await expect(chapterHeadings(page)).toHaveText(["Chapter 1: Charlie"]);

  const reader = await guestPage(browser);
  await reader.goto(`/works/${workId}?view=full`);
  await expect(chapterHeadings(reader)).toHaveText(["Chapter 1: Charlie", "Chapter 2: Alpha", "Chapter 3: Bravo"]);
  const navigation = reader.getByRole("navigation", { name: "Chapters" }).first();
  await navigation.getByText("Chapter Index").click();
  await expect(navigation.getByRole("listitem")).toHaveText(["1. Charlie", "2. Alpha", "3. Bravo"]);
});

test("the Manage Chapters page can be used with the keyboard alone", async ({ page }) => {
  const { id: workId } = await createWork(account("writer"), { title: uniqueName("Keyed"), chapters: [{ title: "First" }, { title: "Second" }] });
  await page.goto(`/works/${workId}/chapters/manage`);

  const first = page.getByRole("spinbutton", { name: "Position of 1. First" });
  await first.focus();
  await page.keyboard.press("ArrowUp");
  await expect(first).toHaveValue("2");
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/works/${workId}$`));
  await expect(chapterHeadings(page)).toHaveText(["Chapter 1: Second"]);
});

test("a writer edits a chapter and readers see the new text", async ({ page, browser }) => {
  const { id: workId } = await createWork(account("writer"), {
    title: uniqueName("Revised"),
    chapters: [{ title: "Draft One", text: "The old words of the chapter." }, { title: "Later" }],
  });

  await page.goto(`/works/${workId}`);
  await workActions(page).getByRole("link", { name: "Edit Chapter" }).click();
  await expect(page.getByLabel("Chapter Title")).toHaveValue("Draft One");
  await page.getByLabel("Chapter Title").fill("Second Thoughts");
  await page.getByLabel("Chapter Summary").fill("Everything changes.");
  await page.getByLabel("Chapter Text").fill("The new words of the chapter.");
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(chapterHeadings(page)).toHaveText(["Chapter 1: Second Thoughts"]);

  const reader = await guestPage(browser);
  await reader.goto(`/works/${workId}`);
  await expect(reader.getByText("The new words of the chapter.")).toBeVisible();
  await expect(reader.getByText("The old words of the chapter.")).toHaveCount(0);
  await expect(reader.locator("[id$=-summary]").filter({ has: reader.getByRole("heading", { name: "Chapter Summary:" }) })).toContainText("Everything changes.");
});

test("a chapter can be deleted, but never the only posted one", async ({ page }) => {
  const { id: workId, chapterIds } = await createWork(account("writer"), {
    title: uniqueName("Trimmed"),
    chapters: [{ title: "Keep", text: "This chapter stays." }, { title: "Cut", text: "This chapter goes." }],
  });
  await page.goto(`/works/${workId}/chapters/${chapterIds[1]}`);
  await expect(stats(page)).toContainText("Chapters:2/?");

  await workActions(page).getByRole("link", { name: "Edit Chapter" }).click();
  await page.getByText("Delete Chapter").click();
  await page.getByRole("button", { name: "Yes, delete this chapter" }).click();
  await page.waitForURL(new RegExp(`/works/${workId}$`));
  await expect(stats(page)).toContainText("Chapters:1/?");
  await expect(page.getByText("This chapter stays.")).toBeVisible();
  await expect(page.getByText("This chapter goes.")).toHaveCount(0);
  await expect(workActions(page).getByRole("link", { name: "Manage Chapters" })).toHaveCount(0);

  // A work's only chapter offers no delete at all.
  await workActions(page).getByRole("link", { name: "Edit Chapter" }).click();
  await expect(page.getByRole("heading", { name: /^Edit Chapter 1 of/ })).toBeVisible();
  await expect(page.getByText("Delete Chapter")).toHaveCount(0);

  // With a draft chapter beside it, the only posted chapter still cannot be deleted.
  await addChapter(page, workId, { title: "Unposted" }, { draft: true });
  await page.goto(`/works/${workId}`);
  await expect(chapterHeadings(page)).toHaveText(["Chapter 1: Keep"]);
  await workActions(page).getByRole("link", { name: "Edit Chapter" }).click();
  await page.getByText("Delete Chapter").click();
  await page.getByRole("button", { name: "Yes, delete this chapter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You can't delete the only posted chapter of a work." })).toBeVisible();
  await page.goto(`/works/${workId}`);
  await expect(page.getByText("This chapter stays.")).toBeVisible();
  await expect(stats(page)).toContainText("Chapters:1/?");
});
