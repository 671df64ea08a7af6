import { expect, test } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, ownUser, pageAs } from "./support/roles";
import { addChapter, postWork, uniqueName } from "./support/works";

// Inbox counts see every notice a user has: the subscribers here are the spec's own accounts.

test("a subscriber finds a new chapter in their inbox, with an unread count in the header", async ({ browser }) => {
  const writerPage = await pageAs(browser, "writer");
  const title = uniqueName("Serial");
  const { id: workId } = await createWork(account("writer"), { title });

  const { page: readerPage } = await ownUser(browser, "reader");
  await readerPage.goto(`/works/${workId}`);
  await readerPage.getByRole("button", { name: "Subscribe" }).click();
  await expect(readerPage.getByRole("button", { name: "Unsubscribe" })).toBeVisible();

  await addChapter(writerPage, workId, { title: "The Return" });

  await readerPage.goto("/");
  const inboxLink = readerPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Inbox/ });
  await expect(inboxLink).toHaveText(/Inbox\s*1 unread/);
  await inboxLink.click();
  const notice = readerPage.getByRole("list", { name: "Notices" }).getByRole("listitem").first();
  await expect(notice).toContainText(`New chapter in ${title}`);
  await expect(notice).toContainText("Chapter 2: The Return");
  await readerPage.getByRole("button", { name: "Mark all as read" }).click();
  await expect(readerPage.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await expect(inboxLink).toHaveText("Inbox");
  await notice.getByRole("link").click();
  await expect(readerPage.getByRole("heading", { name: "Chapter 2: The Return" })).toBeVisible();
});

test("subscribing to a writer brings their next work to the inbox", async ({ browser }) => {
  // The writer is the spec's own too, so the fan's inbox hears of no other spec's works.
  const { page: writerPage, username: writer } = await ownUser(browser, "writer");
  const { page: fanPage } = await ownUser(browser, "fan");
  await fanPage.goto(`/users/${writer}`);
  await fanPage.getByRole("button", { name: `Subscribe to ${writer}` }).click();
  await expect(fanPage.getByRole("button", { name: `Unsubscribe to ${writer}` })).toBeVisible();

  const title = uniqueName("Brand New");
  await postWork(writerPage, { title });
  await fanPage.goto("/inbox");
  await expect(fanPage.getByRole("list", { name: "Notices" })).toContainText(`New work by ${writer}: ${title}`);
});
