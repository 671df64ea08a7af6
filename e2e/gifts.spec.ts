import { readActionForm, submitActionForm } from "./support/action-forms";
import { expect, newContext, test, type Page } from "./support/test";
import { createUser, createWork, giveGift } from "./support/fixtures";
import { account, ownUser, pageAs, storageStateOf } from "./support/roles";
import { fillWorkForm, guestPage, uniqueName, workIdOf } from "./support/works";

function gifts(page: Page) {
  return page.getByRole("list", { name: "Gifts" });
}

test("a writer gives a work; the recipient is told, finds it on their gifts page and refuses it", async ({ browser }) => {
  const { page: writerPage } = await ownUser(browser, "giver");
  const { page: recipientPage, username: recipient } = await ownUser(browser, "giftee");
  const title = uniqueName("Present");
  const nobody = uniqueName("nobody").replace(" ", "_");

  await writerPage.goto("/works/new");
  await fillWorkForm(writerPage, { title });
  await writerPage.getByLabel("Gift this work to").fill(`${recipient}, ${nobody}`);
  await writerPage.getByRole("button", { name: "Post", exact: true }).click();
  await expect(writerPage.getByText(`There is no user named "${nobody}".`)).toBeVisible();
  await expect(writerPage.getByLabel("Gift this work to")).toHaveAttribute("aria-invalid", "true");
  await expect(writerPage.getByLabel("Work Title")).toHaveValue(title);
  await writerPage.getByLabel("Gift this work to").fill(recipient);
  await writerPage.getByRole("button", { name: "Post", exact: true }).click();
  await writerPage.waitForURL(/\/works\/\d+$/);
  const workId = workIdOf(writerPage);
  await expect(writerPage.getByText(`for ${recipient}`)).toBeVisible();
  await expect(writerPage.getByRole("button", { name: "Refuse gift" })).toHaveCount(0);
  await writerPage.getByRole("link", { name: recipient, exact: true }).click();
  await expect(writerPage).toHaveURL(new RegExp(`/users/${recipient}$`));

  await recipientPage.goto("/inbox");
  await expect(recipientPage.getByRole("list", { name: "Notices" })).toContainText(`A gift for you: ${title}`);
  await recipientPage.goto(`/users/${recipient}`);
  await recipientPage.getByRole("link", { name: `Gifts for ${recipient}` }).click();
  await expect(gifts(recipientPage).getByRole("link", { name: title })).toBeVisible();
  await gifts(recipientPage).getByRole("button", { name: "Refuse gift" }).click();
  await expect(recipientPage.getByText("No gifts yet.")).toBeVisible();

  await writerPage.goto(`/works/${workId}`);
  await expect(writerPage.getByRole("heading", { name: title })).toBeVisible();
  await expect(writerPage.getByText(`for ${recipient}`)).toHaveCount(0);
});

test("a recipient refuses a gift from the work page", async ({ browser }) => {
  const writer = await createUser("giver");
  const { page, id, username } = await ownUser(browser, "giftee");
  const work = await createWork(writer, { title: uniqueName("Unwanted") });
  await giveGift(work, { id, username });
  await page.goto(work.url);
  await expect(page.getByText(`for ${username}`)).toBeVisible();
  await page.getByRole("button", { name: "Refuse gift" }).click();
  await expect(page.getByText(`for ${username}`)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Refuse gift" })).toHaveCount(0);

  // Nobody else sees a button to refuse someone's gift.
  const other = await createUser("other-giftee");
  const kept = await createWork(writer, { title: uniqueName("Kept") });
  await giveGift(kept, other);
  await page.goto(kept.url);
  await expect(page.getByText(`for ${other.username}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Refuse gift" })).toHaveCount(0);
});

test("a gifts page lists restricted gifts only to logged-in readers and drafts never", async ({ browser }) => {
  const writer = await createUser("giver");
  const recipient = await createUser("giftee");
  const open = await createWork(writer, { title: uniqueName("Open Gift") });
  const restricted = await createWork(writer, { title: uniqueName("Members Gift"), restricted: true });
  const draft = await createWork(writer, { title: uniqueName("Draft Gift"), draft: true });
  for (const work of [open, restricted, draft]) await giveGift(work, recipient);

  const guest = await guestPage(browser);
  await guest.goto(`/users/${recipient.username}/gifts`);
  await expect(gifts(guest).getByRole("heading", { level: 2 })).toHaveText([new RegExp(open.title)]);
  await expect(guest.getByRole("button", { name: "Refuse gift" })).toHaveCount(0);

  const reader = await pageAs(browser, "reader");
  await reader.goto(`/users/${recipient.username}/gifts`);
  await expect(gifts(reader).getByRole("heading", { level: 2 })).toHaveCount(2);
  await expect(gifts(reader)).toContainText(restricted.title);
  await expect(gifts(reader)).not.toContainText(draft.title);
  await expect(reader.getByRole("button", { name: "Refuse gift" })).toHaveCount(0);
});

test("a recipient's refusal aimed at someone else's gift changes nothing there", async ({ browser }) => {
  const writer = await createUser("giver");
  const other = await createUser("other-giftee");
  const theirs = await createWork(writer, { title: uniqueName("Theirs") });
  await giveGift(theirs, other);
  const mine = await createWork(writer, { title: uniqueName("Mine") });
  await giveGift(mine, account("reader"));
  const context = await newContext(browser, { javaScriptEnabled: false, storageState: storageStateOf("reader") });
  const page = await context.newPage();
  const refuse = await readActionForm(page, mine.url, "Refuse gift");
  expect(await submitActionForm(page, refuse, [theirs.id, refuse.bound.at(-1)])).toBe(404);
  await page.goto(theirs.url);
  await expect(page.getByText(`for ${other.username}`)).toBeVisible();
  await page.goto(mine.url);
  await expect(page.getByText(`for ${account("reader").username}`)).toBeVisible();
});
