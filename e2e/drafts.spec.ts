import { expect, test, type Page } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, pageAs, storageStateOf } from "./support/roles";
import { addChapter, guestPage, NOT_FOUND, stats, uniqueName } from "./support/works";

test.use({ storageState: storageStateOf("writer") });

async function expectHidden(page: Page, workId: number, title: string, searchWord: string) {
  await page.goto(`/works/${workId}`);
  await expect(page.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
  await page.goto(`/works?q=${encodeURIComponent(searchWord)}`);
  await expect(page.getByRole("status").filter({ hasText: "Works" })).toHaveText("0–0 of 0 Works");
  const download = await page.request.get(`/works/${workId}/download?format=html`);
  expect(download.status()).toBe(404);
}

// A draft of the writer account's, with a word of its own to search for.
async function draftWork() {
  const word = uniqueName("").trim();
  const title = `Unfinished ${word}`;
  const { id } = await createWork(account("writer"), { title, draft: true });
  return { id, title, word };
}

test("a draft is seen only by its creator, marked Draft", async ({ page, browser }) => {
  const writer = account("writer").username;
  const { id: workId, title, word } = await draftWork();
  await page.goto(`/works/${workId}`);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();

  // Its creator finds it again under Drafts on their profile; nobody else sees that list.
  await page.goto(`/users/${writer}`);
  await expect(page.getByRole("list", { name: "Drafts" }).getByRole("link", { name: title })).toBeVisible();

  const reader = await pageAs(browser, "reader");
  await reader.goto(`/users/${writer}`);
  await expect(reader.getByRole("heading", { name: `Works by ${writer}` })).toBeVisible();
  await expect(reader.getByRole("list", { name: "Drafts" })).toHaveCount(0);
  await expectHidden(reader, workId, title, word);
  await expectHidden(await guestPage(browser), workId, title, word);
});

test("a draft posted from its edit page is found by everyone, without the Draft mark", async ({ page, browser }) => {
  const { id: workId, title, word } = await draftWork();
  await page.goto(`/works/${workId}/edit`);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await page.waitForURL(new RegExp(`/works/${workId}$`));
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toHaveCount(0);

  for (const viewer of [await pageAs(browser, "reader"), await guestPage(browser)]) {
    await viewer.goto(`/works?q=${encodeURIComponent(word)}`);
    await viewer.getByRole("list", { name: "Works" }).getByRole("link", { name: title }).click();
    await expect(viewer).toHaveURL(new RegExp(`/works/${workId}$`));
    await expect(viewer.getByRole("heading", { name: title })).toBeVisible();
    await expect(stats(viewer)).toContainText("Chapters:1/?");
  }
});

test("a draft chapter of a posted work is hidden from readers until it is posted", async ({ page, browser }) => {
  const title = uniqueName("Ongoing");
  const { id: workId } = await createWork(account("writer"), { title, chapters: [{ title: "Out Now" }], expectedChapters: 2 });
  await addChapter(page, workId, { title: "Coming Soon", text: "Nobody should read this yet." }, { draft: true });
  await expect(page.getByRole("heading", { name: /^Chapter 2: Coming Soon\s*\(Draft\)$/ })).toBeVisible();
  await expect(stats(page)).toContainText("Chapters:1/2");

  const reader = { page: await pageAs(browser, "reader") };
  await reader.page.goto(`/works/${workId}?view=full`);
  await expect(reader.page.getByRole("heading", { name: title })).toBeVisible();
  await expect(stats(reader.page)).toContainText("Chapters:1/2");
  await expect(reader.page.getByText("Nobody should read this yet.")).toHaveCount(0);
  await expect(reader.page.getByRole("navigation", { name: "Chapters" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Work actions" }).getByRole("link", { name: "Edit Chapter" }).click();
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Chapter 2: Coming Soon" })).toHaveText("Chapter 2: Coming Soon");

  await reader.page.reload();
  await expect(stats(reader.page)).toContainText("Chapters:2/2");
  await expect(reader.page.getByText("Nobody should read this yet.")).toBeVisible();
});
