import { expect, test as setup, newContext } from "./support/test";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { signUp, uniqueUsername } from "./support/accounts";
import { establish, findUser, grantAdmin } from "./support/fixtures";
import { accountsFile, ROLES, storageStateOf } from "./support/roles";

// Signs up each role once, through the form, and saves its log-in for the specs. The accounts are
// then made a few days old, as the archive's regular readers and writers are: the new-account
// comment limit would otherwise ration specs that share them.
setup("sign up one account per role", async ({ browser }) => {
  mkdirSync(path.dirname(accountsFile()), { recursive: true });
  const accounts = await Promise.all(
    ROLES.map(async (role) => {
      const context = await newContext(browser);
      const username = uniqueUsername(role);
      await signUp(await context.newPage(), username);
      await context.storageState({ path: storageStateOf(role) });
      const user = await findUser(username);
      await establish(user);
      if (role === "admin") await grantAdmin(user);
      return [role, user] as const;
    }),
  );
  writeFileSync(accountsFile(), JSON.stringify(Object.fromEntries(accounts)));
  expect(accounts.map(([role]) => role)).toEqual([...ROLES]);
});
