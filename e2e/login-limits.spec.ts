import { expect, test, type Page } from "./support/test";
import { PASSWORD } from "./support/accounts";
import { createUser } from "./support/fixtures";

// AO3's rule: 5 log-in tries per 20 s per account. This spec's own account takes the real figure
// (the e2e server raises only the per-address limits, which every spec shares on 127.0.0.1).
test.use({ storageState: { cookies: [], origins: [] } });

async function tryLogIn(page: Page, login: string, password: string) {
  await page.getByLabel("Username or email").fill(login);
  await page.getByLabel("Password").fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials")),
    page.getByRole("button", { name: "Log in" }).click(),
  ]);
  await expect(page.getByRole("button", { name: "Log in" })).toBeEnabled();
  return response;
}

test("after five wrong passwords even the right one is refused with 'Too many' until the wait is over", async ({ page }) => {
  const user = await createUser("limited");
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const response = await tryLogIn(page, user.username, `wrong password ${attempt}`);
    expect(response.status()).toBe(401);
    await expect(page.getByText("The username or password you entered doesn't match our records.")).toBeVisible();
  }

  const refused = await tryLogIn(page, user.username, PASSWORD);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByText(/^Too many log-in attempts\. Try again in \d+ seconds\.$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out" })).toHaveCount(0);
});
