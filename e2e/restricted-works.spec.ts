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

test("a restricted work is hidden from guests everywhere but shown to registered users", async ({ browser }) => {
  // A writer of the spec's own: their profile's count is this work alone.
  const creator = await createUser("private");
  const writer = creator.username;
  const word = uniqueName("").trim();
  const title = `Members Only ${word}`;
  const fandom = uniqueName("Restricted Fandom");
  const { id: workId } = await createWork(creator, { title, fandoms: [fandom], restricted: true });

  // A registered reader finds it in every place a guest will look.
  const reader = { page: await pageAs(browser, "reader") };
  const places = [
    "/works",
    `/tags/${encodeURIComponent(fandom)}/works`,
    `/users/${writer}`,
    `/works?q=${encodeURIComponent(word)}`,
  ];
  for (const place of places) {
    await reader.page.goto(place);
    await expect(worksList(reader.page).getByRole("link", { name: title })).toBeVisible();
  }
  await reader.page.goto(`/works/${workId}`);
  await expect(reader.page.getByRole("heading", { name: title })).toBeVisible();
  const readerDownload = await reader.page.request.get(`/works/${workId}/download?format=epub`);
  expect(readerDownload.status()).toBe(200);

  const guest = await guestPage(browser);
  const tagPage = places[1]!;
  for (const place of places.filter((other) => other !== tagPage)) {
    await guest.goto(place);
    await expect(worksCount(guest)).toBeVisible();
    await expect(guest.getByRole("link", { name: title })).toHaveCount(0);
  }
  // A tag used only by restricted works is unknown to a guest; the profile counts leave it out.
  expect((await guest.goto(tagPage))?.status()).toBe(404);
  await guest.goto(`/users/${writer}`);
  await expect(worksCount(guest)).toHaveText("0–0 of 0 Works");

  const response = await guest.goto(`/works/${workId}`);
  expect(response?.status()).toBe(404);
  await expect(guest.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
  await expect(guest.getByRole("heading", { name: title })).toHaveCount(0);
  for (const format of ["epub", "html"]) {
    const download = await guest.request.get(`/works/${workId}/download?format=${format}`);
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
