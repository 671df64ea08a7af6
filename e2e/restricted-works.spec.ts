import { expect, test, type Page } from "./support/test";
import { createUser, createWork } from "./support/fixtures";
import { pageAs, storageStateOf, account } from "./support/roles";
import { guestPage, NOT_FOUND, uniqueName } from "./support/works";

test.use({ storageState: storageStateOf("writer") });

function worksList(page: Page) {
  return page.getByRole("list", { name: "Works" });
}

function worksCount(page: Page) {
  return page.getByRole("status").filter({ hasText: /of \d+ Works/ });
}

// A restricted work of a writer of the test's own (their profile's count is this work alone),
// and the places a reader looks for it.
async function restrictedWork() {
  const creator = await createUser("private");
  const word = uniqueName("").trim();
  const title = `Members Only ${word}`;
  const fandom = uniqueName("Restricted Fandom");
  const { id } = await createWork(creator, { title, fandoms: [fandom], restricted: true });
  const places = {
    index: "/works",
    tag: `/tags/${encodeURIComponent(fandom)}/works`,
    profile: `/users/${creator.username}`,
    search: `/works?q=${encodeURIComponent(word)}`,
  };
  return { id, title, places };
}

test("a restricted work is shown to registered users everywhere a guest would look", async ({ browser }) => {
  const work = await restrictedWork();
  const reader = await pageAs(browser, "reader");
  for (const place of Object.values(work.places)) {
    await reader.goto(place);
    await expect(worksList(reader).getByRole("link", { name: work.title })).toBeVisible();
  }
  await reader.goto(`/works/${work.id}`);
  await expect(reader.getByRole("heading", { name: work.title })).toBeVisible();
  const download = await reader.request.get(`/works/${work.id}/download?format=epub`);
  expect(download.status()).toBe(200);
});

test("a restricted work is hidden from guests everywhere, counts included", async ({ browser }) => {
  const work = await restrictedWork();
  const guest = await guestPage(browser);
  for (const place of [work.places.index, work.places.search, work.places.profile]) {
    await guest.goto(place);
    await expect(worksCount(guest)).toBeVisible();
    await expect(guest.getByRole("link", { name: work.title })).toHaveCount(0);
  }
  // A tag used only by restricted works is unknown to a guest; the profile counts leave it out.
  expect((await guest.goto(work.places.tag))?.status()).toBe(404);
  await guest.goto(work.places.profile);
  await expect(worksCount(guest)).toHaveText("0–0 of 0 Works");

  const response = await guest.goto(`/works/${work.id}`);
  expect(response?.status()).toBe(404);
  await expect(guest.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
  await expect(guest.getByRole("heading", { name: work.title })).toHaveCount(0);
  for (const format of ["epub", "html", "pdf"]) {
    const download = await guest.request.get(`/works/${work.id}/download?format=${format}`);
    expect(download.status()).toBe(404);
  }
});

test("unchecking Only show to registered users makes the work public", async ({ page, browser }) => {
  const title = uniqueName("Opened Up");
  const { id: workId } = await createWork(account("writer"), { title, restricted: true });

  const guest = await guestPage(browser);
  await guest.goto(`/works/${workId}`);
  await expect(guest.getByRole("heading", { name: NOT_FOUND })).toBeVisible();

  await page.goto(`/works/${workId}/edit`);
  await expect(page.getByLabel("Only show to registered users")).toBeChecked();
  await page.getByLabel("Only show to registered users").uncheck();
  await page.getByRole("button", { name: "Update" }).click();
  await page.waitForURL(new RegExp(`/works/${workId}$`));

  await guest.reload();
  await expect(guest.getByRole("heading", { name: title })).toBeVisible();
});
