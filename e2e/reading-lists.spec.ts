import { expect, test, newContext, type Page } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, ownUser, pageAs } from "./support/roles";
import { uniqueName } from "./support/works";

async function createList(page: Page, username: string, name: string, { private: hidden = false } = {}) {
  await page.goto(`/users/${username}/lists`);
  await page.getByLabel("List name").fill(name);
  if (hidden) await page.getByLabel("Private list").check();
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page).toHaveURL(/\/lists\/\d+$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("a reader makes a private list, adds a work from its page, and nobody else can open the list", async ({ browser }) => {
  const reader = await ownUser(browser, "lister");
  const work = await createWork(account("writer"), { title: uniqueName("Listed Work") });
  const name = uniqueName("Late-night reads");

  // No list yet: the work page offers no "Add to list".
  await reader.page.goto(work.url);
  await expect(reader.page.getByRole("heading", { name: work.title })).toBeVisible();
  await expect(reader.page.getByLabel("Reading list")).toHaveCount(0);

  const listPath = await createList(reader.page, reader.username, name, { private: true });
  await expect(reader.page.getByText("No works in this list yet.")).toBeVisible();

  await reader.page.goto(work.url);
  await reader.page.getByLabel("Reading list").selectOption({ label: `${name} (private)` });
  await reader.page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(reader.page.getByText(`Added to ${name}.`)).toBeVisible();
  // The work was bookmarked on the way, privately, as the list is private.
  await reader.page.reload();
  await expect(reader.page.getByText("You have bookmarked this work (private).")).toBeVisible();

  await reader.page.goto(listPath);
  await expect(reader.page.getByText("1–1 of 1 Works")).toBeVisible();
  await expect(reader.page.getByRole("list", { name: "Works in this list" }).getByRole("link", { name: work.title, exact: true })).toBeVisible();

  const guest = await (await newContext(browser)).newPage();
  expect((await guest.goto(listPath))?.status()).toBe(404);
  const writer = await pageAs(browser, "writer");
  expect((await writer.goto(listPath))?.status()).toBe(404);
  await writer.goto(`/users/${reader.username}/lists`);
  await expect(writer.getByText("No reading lists yet.")).toBeVisible();

  await reader.page.getByRole("button", { name: `Remove ${work.title} from this list` }).click();
  await expect(reader.page.getByText("No works in this list yet.")).toBeVisible();
});

test("a public list shows its works to guests, restricted ones left out", async ({ browser }) => {
  const reader = await ownUser(browser, "sharer");
  const open = await createWork(account("writer"), { title: uniqueName("Open Work") });
  const restricted = await createWork(account("writer"), { title: uniqueName("Members Work"), restricted: true });
  const name = uniqueName("Recs");
  const listPath = await createList(reader.page, reader.username, name);
  for (const work of [open, restricted]) {
    await reader.page.goto(work.url);
    await reader.page.getByLabel("Reading list").selectOption({ label: name });
    await reader.page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(reader.page.getByText(`Added to ${name}.`)).toBeVisible();
  }
  // A second add says so.
  await reader.page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(reader.page.getByText("That work is already in this list.")).toBeVisible();

  await reader.page.goto(listPath);
  await expect(reader.page.getByText("1–2 of 2 Works")).toBeVisible();
  const guest = await (await newContext(browser)).newPage();
  await guest.goto(listPath);
  await expect(guest.getByText("1–1 of 1 Works")).toBeVisible();
  await expect(guest.getByRole("link", { name: open.title, exact: true })).toBeVisible();
  await expect(guest.getByText(restricted.title)).toHaveCount(0);
  await expect(guest.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await guest.goto(`/users/${reader.username}/lists`);
  await expect(guest.getByRole("list", { name: "Reading lists" }).getByRole("link", { name })).toBeVisible();
  await expect(guest.getByLabel("List name")).toHaveCount(0);

  // Names are checked on the server: a second list of the same name is refused beside the field.
  await reader.page.goto(`/users/${reader.username}/lists`);
  await reader.page.getByLabel("List name").fill(name.toUpperCase());
  await reader.page.getByRole("button", { name: "Create list" }).click();
  await expect(reader.page.getByText("You already have a list with that name.")).toBeVisible();
  await expect(reader.page.getByLabel("List name")).toHaveValue(name.toUpperCase());
});
