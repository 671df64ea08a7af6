import { expect, test as setup, newContext } from "./support/test";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { signUp, uniqueUsername } from "./support/accounts";
import { establish, findUser, grantAdmin } from "./support/fixtures";
import { accountsFile, ROLES, storageStateOf } from "./support/roles";

// Signs up each role once, through the form, and saves its log-in for the specs. The accounts are
// then made a few days old, as the archive's regular readers and writers are: the new-account
// comment limit would otherwise ration specs that share them.
const WARM_ROUTES = ["/", "/works", "/works/1", "/works/1?view=full", "/works/new", "/works/import", "/inbox",
  `/tags/${encodeURIComponent("Buffy Summers/Spike")}/works`, "/users/Aseret", "/users/Aseret/bookmarks", "/login"];

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
      // `next start` loads a route's code on its first request; the writer pays for the common
      // ones here, once, rather than the first spec that happens to open each.
      if (role === "writer") await Promise.all(WARM_ROUTES.map((route) => context.request.get(route)));
      await context.close();
      return [role, user] as const;
    }),
  );
  writeFileSync(accountsFile(), JSON.stringify(Object.fromEntries(accounts)));
  expect(accounts.map(([role]) => role)).toEqual([...ROLES]);
});
