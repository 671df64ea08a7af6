import { expect, test } from "@playwright/test";
import { signUp, uniqueUsername } from "./support/accounts";
import { postWork, uniqueName } from "./support/works";

test("kudos: once per reader, once per guest, never from the creator", async ({ browser }) => {
  const writerPage = await browser.newPage();
  const writer = uniqueUsername("writer");
  await signUp(writerPage, writer);
  const title = uniqueName("Kudos Work");
  const workId = await postWork(writerPage, { title });
  // The creator sees no Kudos button on their own work.
  await expect(writerPage.getByRole("button", { name: /Kudos/ })).toHaveCount(0);

  const readerPage = await browser.newPage();
  const reader = uniqueUsername("reader");
  await signUp(readerPage, reader);
  await readerPage.goto(`/works/${workId}`);
  await readerPage.getByRole("button", { name: /Kudos/ }).click();
  await expect(readerPage.getByText("Thank you for leaving kudos!")).toBeVisible();
  await expect(readerPage.locator("#kudos-list")).toHaveText(`${reader} left kudos on this work!`);
  await readerPage.getByRole("button", { name: /Kudos/ }).click();
  await expect(readerPage.getByText("You have already left kudos here. :)")).toBeVisible();

  const guestContext = await browser.newContext();
  const guestPage = await guestContext.newPage();
  await guestPage.goto(`/works/${workId}`);
  await guestPage.getByRole("button", { name: /Kudos/ }).click();
  await expect(guestPage.getByText("Thank you for leaving kudos!")).toBeVisible();
  await guestPage.getByRole("button", { name: /Kudos/ }).click();
  await expect(guestPage.getByText("You have already left kudos here. :)")).toBeVisible();

  await writerPage.reload();
  await expect(writerPage.locator("#kudos-list")).toHaveText(`${reader} as well as 1 guest left kudos on this work!`);
  await expect(writerPage.getByRole("term").filter({ hasText: "Kudos:" }).locator("xpath=following-sibling::dd")).toHaveText("2");
  await guestContext.close();
});

test("kudos work without JavaScript, as a plain form post", async ({ browser }) => {
  const writerPage = await browser.newPage();
  await signUp(writerPage, uniqueUsername("writer"));
  const workId = await postWork(writerPage, { title: uniqueName("No Script Kudos") });

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/works/${workId}`);
  await page.getByRole("button", { name: /Kudos/ }).click();
  await expect(page.getByText("Thank you for leaving kudos!")).toBeVisible();
  await expect(page.locator("#kudos-list")).toHaveText("1 guest left kudos on this work!");
  await context.close();
});
