import { expect, test as setup } from "./support/test";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { signUp, uniqueUsername } from "./support/accounts";
import { establish, findUser, type FixtureUser } from "./support/fixtures";
import { accountsFile, ROLES, storageStateOf, type Role } from "./support/roles";

// Signs up each role once, through the form, and saves its log-in for the specs. The accounts are
// then made a few days old, as the archive's regular readers and writers are: the new-account
// comment limit would otherwise ration specs that share them.
setup("sign up one account per role", async ({ browser }) => {
  const accounts = {} as Record<Role, FixtureUser>;
  for (const role of ROLES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const username = uniqueUsername(role);
    await signUp(page, username);
    mkdirSync(path.dirname(storageStateOf(role)), { recursive: true });
    await context.storageState({ path: storageStateOf(role) });
    await context.close();
    accounts[role] = await findUser(username);
    await establish(accounts[role]);
  }
  execFileSync("node_modules/.bin/tsx", ["scripts/admin.ts", "grant", accounts.admin.username], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
  });
  writeFileSync(accountsFile(), JSON.stringify(accounts));
  expect(Object.keys(accounts)).toEqual([...ROLES]);
});
