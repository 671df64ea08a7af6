import { createUser, createWork } from "./support/fixtures";
import { ownUser } from "./support/roles";
import { expect, newContext, test } from "./support/test";

// Long enough that "the place in the chapter" means a scroll position.
const LONG_TEXT = Array.from({ length: 120 }, (_, index) => `Paragraph ${index + 1} of the long chapter, where the river kept its quiet.`).join("\n\n");

test("history keeps the chapter and the place last read; Continue reading goes back there", async ({ browser }) => {
  const writer = await createUser("histwriter");
  const work = await createWork(writer, { chapters: [{ title: "Near", text: LONG_TEXT }, { title: "Far", text: LONG_TEXT }] });
  const { page, username } = await ownUser(browser, "histreader");

  await page.goto(`/works/${work.id}/chapters/${work.chapterIds[1]}`);
  await page.getByText("Paragraph 60 of the long chapter").scrollIntoViewIfNeeded();
  // Leaving the page sends the place (a beacon as the page is hidden).
  await page.goto("/works");

  await expect(async () => {
    await page.goto(work.url);
    await expect(page.getByRole("link", { name: /^Continue reading/ })).toHaveAttribute("href", new RegExp(`/chapters/${work.chapterIds[1]}\\?at=[1-9]`), { timeout: 1000 });
  }).toPass();
  await page.getByRole("link", { name: /^Continue reading/ }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${work.chapterIds[1]}\\?at=`));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

  await page.goto(`/users/${username}/readings`);
  const history = page.getByRole("list", { name: "History" });
  await expect(history.getByRole("link", { name: work.title, exact: true })).toBeVisible();
  await expect(history.getByText(/chapter 2: Far/)).toBeVisible();
  // The entry goes, and with it its form: the page says the history is empty now.
  await history.getByRole("button", { name: `Clear ${work.title}` }).click();
  await expect(page.getByText("No history yet")).toBeVisible();
  await page.reload();
  await expect(page.getByText("No history yet")).toBeVisible();
});

test("Mark for Later lists the work under ?show=to-read until it is marked as read", async ({ browser }) => {
  const writer = await createUser("laterwriter");
  const work = await createWork(writer);
  const { page, username } = await ownUser(browser, "laterreader");
  await page.goto(work.url);
  await page.getByRole("button", { name: "Mark for Later" }).click();
  await expect(page.getByText("This work was added to your Marked for Later list.")).toBeVisible();

  await page.goto(`/users/${username}/readings?show=to-read`);
  await expect(page.getByRole("heading", { name: "Marked for Later" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Marked for Later" }).getByRole("link", { name: work.title, exact: true })).toBeVisible();

  await page.goto(work.url);
  await page.getByRole("button", { name: "Mark as Read" }).click();
  await expect(page.getByText("This work was removed from your Marked for Later list.")).toBeVisible();
  await page.goto(`/users/${username}/readings?show=to-read`);
  await expect(page.getByText("Nothing marked for later yet.")).toBeVisible();
});

test("a reader's history is theirs alone: another reader and a guest get the not-found page", async ({ browser }) => {
  const { username } = await ownUser(browser, "private");
  const { page: other } = await ownUser(browser, "nosy");
  await other.goto(`/users/${username}/readings`);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const guest = await (await newContext(browser)).newPage();
  const response = await guest.goto(`/users/${username}/readings?show=to-read`);
  expect(response?.status()).toBe(404);
});
