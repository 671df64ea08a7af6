import { expect, test } from "@playwright/test";
import { signUp, uniqueUsername } from "./support/accounts";
import { addChapter, postWork, uniqueName } from "./support/works";

test("a subscriber finds a new chapter in their inbox, with an unread count in the header", async ({ browser }) => {
  const writerPage = await browser.newPage();
  await signUp(writerPage, uniqueUsername("writer"));
  const title = uniqueName("Serial");
  const workId = await postWork(writerPage, { title, expectedChapters: "?" });

  const readerPage = await browser.newPage();
  await signUp(readerPage, uniqueUsername("reader"));
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
  const writerPage = await browser.newPage();
  const writer = uniqueUsername("writer");
  await signUp(writerPage, writer);

  const fanPage = await browser.newPage();
  await signUp(fanPage, uniqueUsername("fan"));
  await fanPage.goto(`/users/${writer}`);
  await fanPage.getByRole("button", { name: `Subscribe to ${writer}` }).click();
  await expect(fanPage.getByRole("button", { name: `Unsubscribe to ${writer}` })).toBeVisible();

  const title = uniqueName("Brand New");
  await postWork(writerPage, { title });
  await fanPage.goto("/inbox");
  await expect(fanPage.getByRole("list", { name: "Notices" })).toContainText(`New work by ${writer}: ${title}`);
});
