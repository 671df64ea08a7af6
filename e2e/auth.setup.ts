import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { signUp, uniqueUsername } from "./support/accounts";
import { establish, findUser, grantAdmin } from "./support/fixtures";
import { accountFile, ROLES, storageStateOf } from "./support/roles";
import { newContext, test as setup } from "./support/test";

// The role accounts sign up side by side, one test each, on whichever worker is free.
setup.describe.configure({ mode: "parallel" });

// Signs up each role once, through the form, and saves its log-in for the specs. The accounts are
// then made a few days old, as the archive's regular readers and writers are: the new-account
// comment limit would otherwise ration specs that share them.
for (const role of ROLES) {
  setup(`sign up the ${role} account`, async ({ browser }) => {
    const context = await newContext(browser);
    const username = uniqueUsername(role);
    await signUp(await context.newPage(), username);
    mkdirSync(path.dirname(storageStateOf(role)), { recursive: true });
    await context.storageState({ path: storageStateOf(role) });
    const user = await findUser(username);
    await establish(user);
    if (role === "admin") await grantAdmin(user);
    writeFileSync(accountFile(role), JSON.stringify(user));
  });
}

const WARM_ROUTES = ["/", "/works", "/works/1", "/works/1?view=full", "/works/new", "/works/import", "/inbox",
  `/tags/${encodeURIComponent("Buffy Summers/Spike")}/works`, "/users/Aseret", "/users/Aseret/bookmarks", "/login", "/signup"];

// `next start` loads a route's code on its first request: pay for the common ones here, once,
// rather than in the first spec that happens to open each.
setup("the server has loaded the common routes", async ({ request }) => {
  for (const route of WARM_ROUTES) await request.get(route);
});
