import { expect, newContext, test, type Browser, type Page } from "./support/test";
import { readActionForm, submitActionForm as submit, type ActionForm } from "./support/action-forms";
import { logIn, PASSWORD, signUp, uniqueUsername } from "./support/accounts";
import { createComment, createUser, createWork, establish, mailsTo, userExists } from "./support/fixtures";
import { ownUser } from "./support/roles";

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

// Managing one's account: users of this spec's own, since each test ends sessions or the account.

const NEW_PASSWORD = "a brand new passphrase";
const NEUTRAL = "If that is the email or username of an account here, we've sent an email";

async function guestPage(browser: Browser): Promise<Page> {
  return (await newContext(browser)).newPage();
}

async function expectLogInRefused(page: Page, login: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Username or email").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("The username or password you entered doesn't match our records.")).toBeVisible();
}

test("changing the password logs out the account's other browsers and keeps this one", async ({ browser }) => {
  const { username, page: laptop } = await ownUser(browser, "changer");
  const phone = await guestPage(browser);
  await logIn(phone, username);

  await laptop.goto(`/users/${username}`);
  await laptop.getByRole("link", { name: "Change Password" }).click();
  await laptop.getByLabel("Old password").fill("not my password");
  await laptop.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await laptop.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await laptop.getByRole("button", { name: "Change Password" }).click();
  await expect(laptop.getByText("Your old password was incorrect.")).toBeVisible();
  await expect(laptop.getByLabel("Old password")).toHaveAttribute("aria-invalid", "true");

  await laptop.getByLabel("Old password").fill(PASSWORD);
  await laptop.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await laptop.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await laptop.getByRole("button", { name: "Change Password" }).click();
  await expect(laptop.getByText("Your password has been changed")).toBeVisible();

  await laptop.goto("/inbox");
  await expect(laptop.getByRole("button", { name: "Log out" })).toBeVisible();
  await phone.reload();
  await expect(phone.getByRole("link", { name: "Log in" })).toBeVisible();

  await expectLogInRefused(phone, username, PASSWORD);
  await logIn(phone, username, NEW_PASSWORD);
});

test("forgot password: the mailed link sets a new password once, and the old one stops working", async ({ page }) => {
  const { username } = await createUser("forgetful");
  const email = `${username}@example.test`;

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await page.getByLabel("Email or username").fill("nobody_with_this_name");
  await page.getByRole("button", { name: "Reset Password" }).click();
  await expect(page.getByText(NEUTRAL)).toBeVisible();
  const answerForNobody = await page.getByRole("status").first().textContent();

  await page.goto("/users/password/new");
  await page.getByLabel("Email or username").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Reset Password" }).click();
  await expect(page.getByText(NEUTRAL)).toBeVisible();
  expect(await page.getByRole("status").first().textContent()).toBe(answerForNobody);

  // The mail goes out after the answer: wait for it as its reader would.
  await expect.poll(async () => (await mailsTo(email)).length).toBe(1);
  const [mail] = await mailsTo(email);
  expect(mail!.subject).toBe("Reset your Folio password");
  const link = /(http\S+reset_password_token=\S+)/.exec(mail!.text)?.[1];
  expect(link).toBeDefined();

  await page.goto(link!);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill("something else entirely");
  await page.getByRole("button", { name: "Set New Password" }).click();
  await expect(page.getByText("New password and confirmation do not match.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set New Password" }).click();
  await expect(page.getByText("Your password has been changed")).toBeVisible();

  // The link works once.
  await page.goto(link!);
  await expect(page.getByText("That password reset link has expired or has already been used.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Set New Password" })).toHaveCount(0);

  await expectLogInRefused(page, username, PASSWORD);
  await logIn(page, username, NEW_PASSWORD);
});

test("changing the email: a taken address is refused beside the field, and the new one logs in", async ({ browser }) => {
  const { username, page } = await ownUser(browser, "mover");
  const { username: holder } = await createUser("holder");
  const newEmail = `${username}.moved@example.test`;

  await page.goto(`/users/${username}`);
  await page.getByRole("link", { name: "Change Email" }).click();
  await page.getByLabel("New email").fill(`${holder}@EXAMPLE.test`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change Email" }).click();
  await expect(page.getByText("Email has already been taken.")).toBeVisible();
  await expect(page.getByLabel("New email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("New email")).toHaveValue(`${holder}@EXAMPLE.test`);

  await page.getByLabel("New email").fill(newEmail);
  await page.getByLabel("Password").fill("not my password");
  await page.getByRole("button", { name: "Change Email" }).click();
  await expect(page.getByText("That password is incorrect.")).toBeVisible();

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change Email" }).click();
  await expect(page.getByText("Your email has been updated.")).toBeVisible();
  await expect(page.getByText(`Your email is now ${newEmail}.`)).toBeVisible();
  // The old address is told.
  await expect.poll(async () => (await mailsTo(`${username}@example.test`)).map((mail) => mail.subject)).toContain(
    "Your Folio email address was changed",
  );

  const elsewhere = await guestPage(browser);
  await logIn(elsewhere, newEmail);
});

test("deleting an account and orphaning: the work stays without the name; comments show (Account deleted)", async ({ browser }) => {
  const leaver = await ownUser(browser, "leaver");
  await establish(leaver);
  const work = await createWork(leaver);
  const bystander = await createUser("bystander");
  const theirs = await createWork(bystander);
  await createComment(leaver, theirs, "Lovely work, from someone about to leave.");

  await leaver.page.goto(`/users/${leaver.username}`);
  await leaver.page.getByRole("link", { name: "Delete Account" }).click();
  await expect(leaver.page.getByRole("radio", { name: "Orphan my works" })).toBeChecked();
  await leaver.page.getByLabel("Password").fill("not my password");
  await leaver.page.getByRole("button", { name: "Delete Account" }).click();
  await expect(leaver.page.getByText("That password is incorrect.")).toBeVisible();
  expect(await userExists(leaver.id)).toBe(true);

  await leaver.page.getByLabel("Password").fill(PASSWORD);
  await leaver.page.getByRole("button", { name: "Delete Account" }).click();
  await expect(leaver.page.getByText("Your account has been deleted.")).toBeVisible();
  await expect(leaver.page.getByRole("link", { name: "Log in" })).toBeVisible();
  expect(await userExists(leaver.id)).toBe(false);

  const guest = await guestPage(browser);
  await guest.goto(work.url);
  await expect(guest.getByRole("heading", { name: work.title })).toBeVisible();
  await expect(guest.getByRole("link", { name: "orphan_account" })).toBeVisible();
  await expect(guest.getByText(leaver.username)).toHaveCount(0);

  await guest.goto(theirs.url);
  const comment = guest.getByRole("article", { name: "From (Account deleted)" });
  await expect(comment).toContainText("(Account deleted)");
  await expect(comment).toContainText("Lovely work, from someone about to leave.");

  expect((await guest.goto(`/users/${leaver.username}`))?.status()).toBe(404);
});

test("deleting an account with its works: the work is gone", async ({ browser }) => {
  const leaver = await ownUser(browser, "deleter");
  const work = await createWork(leaver);

  await leaver.page.goto(`/users/${leaver.username}/delete`);
  await leaver.page.getByRole("radio", { name: "Delete my works" }).check();
  await leaver.page.getByLabel("Password").fill(PASSWORD);
  await leaver.page.getByRole("button", { name: "Delete Account" }).click();
  await expect(leaver.page.getByText("Your account has been deleted.")).toBeVisible();

  const guest = await guestPage(browser);
  expect((await guest.goto(work.url))?.status()).toBe(404);
  await expect(guest.getByRole("heading", { name: "Sorry, we couldn't find that work" })).toBeVisible();
  // The name is free again (AO3 frees it too).
  await signUp(guest, leaver.username);
});

test("another user's account pages and actions are 404, even with that account's password", async ({ browser }) => {
  const intruder = await ownUser(browser, "intruder");
  const victim = await createUser("victim");
  for (const page of ["change_password", "change_email", "delete"]) {
    expect((await intruder.page.goto(`/users/${victim.username}/${page}`))?.status()).toBe(404);
  }

  // The intruder's own forms, posted without JavaScript with the victim's id bound instead.
  const noScript = await (await newContext(browser, { javaScriptEnabled: false, storageState: await intruder.context.storageState() })).newPage();
  const own = `/users/${intruder.username}`;
  const forms: { form: ActionForm; fields: Record<string, string> }[] = [
    { form: await readActionForm(noScript, `${own}/change_password`, "Change Password"), fields: { oldPassword: PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } },
    { form: await readActionForm(noScript, `${own}/change_email`, "Change Email"), fields: { email: `${intruder.username}.x@example.test`, password: PASSWORD } },
    { form: await readActionForm(noScript, `${own}/delete`, "Delete Account"), fields: { works: "delete", password: PASSWORD } },
  ];
  for (const { form, fields } of forms) {
    expect(await submit(noScript, form, [victim.id, form.bound.at(-1)], fields)).toBe(404);
  }
  expect(await userExists(victim.id)).toBe(true);
  await logIn(await guestPage(browser), victim.username);
  await logIn(await guestPage(browser), `${victim.username}@example.test`);
});
