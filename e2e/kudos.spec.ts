import { expect, test, newContext } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, pageAs, storageStateOf } from "./support/roles";

test.use({ storageState: storageStateOf("writer") });

test("kudos: once per reader, once per guest, never from the creator", async ({ page: writerPage, browser }) => {
  const work = await createWork(account("writer"));
  await writerPage.goto(work.url);
  await expect(writerPage.getByRole("heading", { name: work.title })).toBeVisible();
  // The creator sees no Kudos button on their own work.
  await expect(writerPage.getByRole("button", { name: /Kudos/ })).toHaveCount(0);

  const readerPage = await pageAs(browser, "reader");
  await readerPage.goto(work.url);
  await readerPage.getByRole("button", { name: /Kudos/ }).click();
  await expect(readerPage.getByText("Thank you for leaving kudos!")).toBeVisible();
  await expect(readerPage.locator("#kudos-list")).toHaveText(`${account("reader").username} left kudos on this work!`);
  await readerPage.getByRole("button", { name: /Kudos/ }).click();
  await expect(readerPage.getByText("You have already left kudos here. :)")).toBeVisible();

  const guestContext = await newContext(browser);
  const guestPage = await guestContext.newPage();
  await guestPage.goto(work.url);
  await guestPage.getByRole("button", { name: /Kudos/ }).click();
  await expect(guestPage.getByText("Thank you for leaving kudos!")).toBeVisible();
  await guestPage.getByRole("button", { name: /Kudos/ }).click();
  await expect(guestPage.getByText("You have already left kudos here. :)")).toBeVisible();

  await writerPage.reload();
  await expect(writerPage.locator("#kudos-list")).toHaveText(`${account("reader").username} as well as 1 guest left kudos on this work!`);
  await expect(writerPage.getByRole("term").filter({ hasText: "Kudos:" }).locator("xpath=following-sibling::dd")).toHaveText("2");
  await guestContext.close();
});

test("kudos work without JavaScript, as a plain form post", async ({ browser }) => {
  const work = await createWork(account("writer"));

  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(work.url);
  await page.getByRole("button", { name: /Kudos/ }).click();
  await expect(page.getByText("Thank you for leaving kudos!")).toBeVisible();
  await expect(page.locator("#kudos-list")).toHaveText("1 guest left kudos on this work!");
  await context.close();
});
