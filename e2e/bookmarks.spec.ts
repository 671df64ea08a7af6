import { expect, test, type Page, newContext } from "./support/test";
import { uniqueUsername } from "./support/accounts";
import { bookmarksCount, bookmarkWork, fillBookmarkForm } from "./support/bookmark-works";
import { createWork } from "./support/fixtures";
import { account, ownUser, pageAs } from "./support/roles";
import { uniqueName } from "./support/works";

const DREAMS = "Dreams and Realizations";

// Works of the spec's own, so counts are exact whatever other specs bookmark meanwhile.
function bookmarkableWork() {
  return createWork(account("writer"), {
    title: uniqueName("Bookmarkable"),
    fandoms: ["Bookmark Test Fandom"],
    chapters: [{ text: "A story worth keeping, told in more than ten characters." }],
  });
}

function bookmarkOf(page: Page, title: string) {
  return page.getByRole("list", { name: "Bookmarks" }).locator(":scope > li").filter({ hasText: title });
}

test("a reader bookmarks a demo work with notes and tags and finds it among their bookmarks", async ({ browser }) => {
  const page = await pageAs(browser, "reader");
  const reader = account("reader").username;
  await page.goto(`/works?q=${encodeURIComponent(DREAMS)}`);
  await page.getByRole("link", { name: DREAMS, exact: true }).first().click();
  await expect(page).toHaveURL(/\/works\/\d+$/);
  await expect(page.getByRole("heading", { name: DREAMS, exact: true })).toBeVisible();
  const workUrl = new URL(page.url()).pathname;
  const before = await bookmarksCount(page);

  await bookmarkWork(page, workUrl, { notes: "Read this twice.\n\nThe ending <b>wrecked</b> me.", tags: "comfort read, Spuffy feels", rec: true });
  await expect(page.getByRole("heading", { name: `Bookmarks by ${reader}` })).toBeVisible();
  const entry = bookmarkOf(page, DREAMS);
  await expect(entry.getByRole("link", { name: DREAMS, exact: true })).toBeVisible();
  await expect(entry.getByText("Read this twice.")).toBeVisible();
  await expect(entry.locator("b", { hasText: "wrecked" })).toBeVisible();
  await expect(entry.getByRole("list", { name: "Bookmarker's tags" })).toContainText("comfort read");
  await expect(entry.getByRole("list", { name: "Bookmarker's tags" })).toContainText("Spuffy feels");
  await expect(entry.getByText("Rec", { exact: true })).toBeVisible();

  await page.goto(workUrl);
  expect(await bookmarksCount(page)).toBeGreaterThan(before);
  await expect(page.getByRole("button", { name: "Edit Bookmark" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Bookmark", exact: true })).toHaveCount(0);
});

test("a private bookmark is hidden from other users and guests and is not counted", async ({ browser }) => {
  const writer = { page: await pageAs(browser, "writer") };
  const work = await bookmarkableWork();
  // The reader's own account: the assertions below see every bookmark they have.
  const reader = await ownUser(browser, "reader");

  await bookmarkWork(reader.page, work.url, { notes: "My guilty pleasure.", private: true });
  const own = bookmarkOf(reader.page, work.title);
  await expect(own.getByText("My guilty pleasure.")).toBeVisible();
  await expect(own.getByText("Private", { exact: true })).toBeVisible();
  const readerBookmarks = new URL(reader.page.url()).pathname;

  await writer.page.goto(work.url);
  expect(await bookmarksCount(writer.page)).toBe(0);
  await writer.page.goto(readerBookmarks);
  await expect(writer.page.getByRole("heading", { name: `Bookmarks by ${reader.username}` })).toBeVisible();
  await expect(writer.page.getByText("No bookmarks yet.")).toBeVisible();
  await expect(writer.page.getByText(work.title)).toHaveCount(0);

  const guest = await (await newContext(browser)).newPage();
  await guest.goto(readerBookmarks);
  await expect(guest.getByText("No bookmarks yet.")).toBeVisible();
  await expect(guest.getByText("My guilty pleasure.")).toHaveCount(0);
  await guest.goto(work.url);
  await expect(guest.getByRole("button", { name: "Bookmark", exact: true })).toHaveCount(0);
  await expect(guest.getByText("to bookmark this work.")).toBeVisible();
});

test("bookmarking a work twice says so and keeps one bookmark", async ({ browser }) => {
  const { page, context } = await ownUser(browser, "twice");
  const work = await bookmarkableWork();
  const staleTab = await context.newPage();
  await staleTab.goto(work.url);
  await staleTab.getByRole("button", { name: "Bookmark", exact: true }).click();

  await bookmarkWork(page, work.url, { notes: "First time." });
  await fillBookmarkForm(staleTab, { notes: "Second time." });
  await expect(staleTab.getByRole("status").filter({ hasText: "You have already bookmarked that." })).toBeVisible();
  await expect(staleTab.getByLabel("Notes", { exact: true })).toHaveValue("Second time.");

  await page.reload();
  await expect(page.getByRole("list", { name: "Bookmarks" }).locator(":scope > li")).toHaveCount(1);
  await page.goto(work.url);
  expect(await bookmarksCount(page)).toBe(1);
});

test("a reader edits their bookmark to private and then deletes it", async ({ browser }) => {
  const { page } = await ownUser(browser, "editor");
  const work = await bookmarkableWork();
  const [firstTag, secondTag] = [uniqueUsername("first tag"), uniqueUsername("second tag")];
  await bookmarkWork(page, work.url, { notes: "Public thoughts.", tags: firstTag });
  await page.goto(work.url);
  expect(await bookmarksCount(page)).toBe(1);

  await page.getByRole("button", { name: "Edit Bookmark" }).click();
  await expect(page.getByLabel("Notes", { exact: true })).toHaveValue(/Public thoughts\./);
  await expect(page.getByRole("combobox", { name: "Your tags" })).toHaveValue(firstTag);
  await fillBookmarkForm(page, { notes: "Second thoughts, kept to myself.", tags: secondTag, private: true });
  const entry = bookmarkOf(page, work.title);
  await expect(entry.getByText("Second thoughts, kept to myself.")).toBeVisible();
  await expect(entry.getByText("Private", { exact: true })).toBeVisible();
  await expect(entry.getByRole("list", { name: "Bookmarker's tags" })).toHaveText(secondTag);
  await page.goto(work.url);
  expect(await bookmarksCount(page)).toBe(0);

  await page.getByRole("button", { name: "Delete Bookmark" }).click();
  await page.getByRole("button", { name: "Yes, delete bookmark" }).click();
  await expect(page.getByText("No bookmarks yet.")).toBeVisible();
  await page.goto(work.url);
  await expect(page.getByRole("button", { name: "Bookmark", exact: true })).toBeVisible();
  expect(await bookmarksCount(page)).toBe(0);
});

test("a bookmark outlives its deleted work, notes and all", async ({ browser }) => {
  const writer = { page: await pageAs(browser, "writer") };
  const work = await bookmarkableWork();
  const reader = await ownUser(browser, "reader");
  await bookmarkWork(reader.page, work.url, { notes: "Saving this before it vanishes." });
  const readerBookmarks = new URL(reader.page.url()).pathname;

  await writer.page.goto(`${work.url}/delete`);
  await writer.page.getByRole("button", { name: "Yes, delete work" }).click();
  await expect(writer.page).toHaveURL(/\/users\//);

  const guest = await (await newContext(browser)).newPage();
  await guest.goto(readerBookmarks);
  const entry = guest.getByRole("list", { name: "Bookmarks" }).locator(":scope > li").first();
  await expect(entry.getByText("This has been deleted, sorry!")).toBeVisible();
  await expect(entry.getByText("Saving this before it vanishes.")).toBeVisible();
});
