import { expect, newContext, test } from "./support/test";
import { logIn } from "./support/accounts";
import { createUser } from "./support/fixtures";
import { ownUser } from "./support/roles";

// Users of this spec's own: logging a shared role account out everywhere would log out every
// other spec using it.

const SESSION_COOKIE = "next-auth.session-token";
const FOURTEEN_DAYS = 14 * 24 * 60 * 60;

test("logging out everywhere logs out every browser of the account, and no one else", async ({ browser }) => {
  const { username, page: laptop } = await ownUser(browser, "everywhere");
  const phone = await (await newContext(browser)).newPage();
  await logIn(phone, username);
  const { page: bystander } = await ownUser(browser, "bystander");

  // A log-in lasts 14 days from its last renewal, not next-auth's default 30.
  const cookie = (await phone.context().cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + FOURTEEN_DAYS - 600);
  expect(cookie?.expires).toBeLessThanOrEqual(Date.now() / 1000 + FOURTEEN_DAYS + 60);

  await laptop.goto(`/users/${username}`);
  await laptop.getByRole("button", { name: "Log out everywhere" }).click();
  await expect(laptop.getByText("You have been logged out everywhere")).toBeVisible();
  await expect(laptop.getByRole("link", { name: "Log in" })).toBeVisible();
  expect((await laptop.context().cookies()).some((candidate) => candidate.name === SESSION_COOKIE)).toBe(false);

  await phone.reload();
  await expect(phone.getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(phone.getByRole("button", { name: "Log out" })).toHaveCount(0);

  await bystander.goto("/");
  await expect(bystander.getByRole("button", { name: "Log out" })).toBeVisible();

  // Logging in again starts a session that counts.
  await logIn(phone, username);
});

test("the button is only on one's own profile", async ({ browser }) => {
  const { page } = await ownUser(browser, "visitor");
  const { username: someoneElse } = await createUser("visited");
  await page.goto(`/users/${someoneElse}`);
  await expect(page.getByRole("heading", { name: `Works by ${someoneElse}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out everywhere" })).toHaveCount(0);
});
