import { expect, test } from "./support/test";
import { logIn, PASSWORD, signUp, uniqueUsername } from "./support/accounts";
import { createUser } from "./support/fixtures";

test("a visitor signs up, logs out and logs back in with username or email", async ({ page }) => {
  const username = uniqueUsername("reader");
  await signUp(page, username);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: username })).toBeVisible();

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out" })).toHaveCount(0);

  await logIn(page, username.toUpperCase());
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  await logIn(page, `${username}@example.test`);
});

test("sign-up errors sit next to their fields and keep what was typed", async ({ page }) => {
  const { username: taken } = await createUser("taken");

  await page.goto("/signup");
  await page.getByLabel("Username").fill(taken.toUpperCase());
  await page.getByLabel("Email").fill("someone-new@example.test");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByText("Password must be at least 8 characters long.")).toBeVisible();
  await expect(page.getByText("Password and confirmation do not match.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("someone-new@example.test");
  await expect(page.getByLabel("Username")).toHaveValue(taken.toUpperCase());

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Username has already been taken.")).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  const { username } = await createUser("forgetful");

  await page.goto("/login");
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("The username or password you entered doesn't match our records.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out" })).toHaveCount(0);
});
