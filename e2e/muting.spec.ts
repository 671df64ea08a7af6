import { expect, test, newContext } from "./support/test";
import { commentBox, commentForm, leaveComment } from "./support/comment-works";
import { createComment, createUser, createWork, establish } from "./support/fixtures";
import { ownUser } from "./support/roles";
import { uniqueName } from "./support/works";

const BLOCKED = "Sorry, you have been blocked by that user.";

test("a muted writer's works and comments disappear for the muter, not for a guest", async ({ browser }) => {
  const writer = await createUser("muted_writer");
  const fandom = uniqueName("Mute Fandom");
  const work = await createWork(writer, { title: uniqueName("Muted Work"), fandoms: [fandom] });
  const commenter = await createUser("commenter", { ageDays: 2 });
  const commented = await createWork(commenter, { fandoms: [fandom] });
  const muted = await createComment(writer, commented, "A word from the muted writer.");
  await createComment(commenter, commented, "An answer that stays.", muted);
  const reader = await ownUser(browser, "muter");
  const listing = `/works?include=${encodeURIComponent(fandom)}`;

  await reader.page.goto(listing);
  await expect(reader.page.getByRole("link", { name: work.title, exact: true })).toBeVisible();
  await reader.page.goto(`/users/${writer.username}`);
  await reader.page.getByRole("button", { name: "Mute", exact: true }).click();
  await expect(reader.page.getByRole("button", { name: "Unmute", exact: true })).toBeVisible();
  await expect(reader.page.getByText(`You have muted ${writer.username}`)).toBeVisible();

  await reader.page.goto(listing);
  await expect(reader.page.getByText("1–1 of 1 Works")).toBeVisible();
  await expect(reader.page.getByRole("link", { name: work.title, exact: true })).toHaveCount(0);
  // The work itself stays reachable by its address (AO3 does the same).
  await reader.page.goto(work.url);
  await expect(reader.page.getByRole("heading", { name: work.title })).toBeVisible();
  await reader.page.goto(commented.url);
  await expect(reader.page.getByText("A word from the muted writer.")).toHaveCount(0);
  await expect(reader.page.getByText("(Hidden: you have muted the user who wrote this.)")).toBeVisible();
  await expect(commentBox(reader.page, "An answer that stays.")).toBeVisible();

  const guest = await (await newContext(browser)).newPage();
  await guest.goto(listing);
  await expect(guest.getByText("1–2 of 2 Works")).toBeVisible();
  await expect(guest.getByRole("link", { name: work.title, exact: true })).toBeVisible();
  await guest.goto(commented.url);
  await expect(guest.getByText("A word from the muted writer.")).toBeVisible();

  // The muter's list of muted users, and unmuting from it.
  await reader.page.goto(`/users/${reader.username}/muted`);
  await expect(reader.page.getByText("You have muted 1 of at most 2,000 users.")).toBeVisible();
  await reader.page.getByRole("button", { name: `Unmute ${writer.username}` }).click();
  await expect(reader.page.getByText("Nobody yet.")).toBeVisible();
  await reader.page.goto(listing);
  await expect(reader.page.getByRole("link", { name: work.title, exact: true })).toBeVisible();
  // Nobody else sees whom a user muted.
  expect((await guest.goto(`/users/${reader.username}/muted`))?.status()).toBe(404);
});

test("a blocked user's kudos, comment and reply are refused with AO3's message", async ({ browser }) => {
  const blocker = await ownUser(browser, "blocker");
  const blocked = await ownUser(browser, "blocked");
  await establish(blocked);
  const work = await createWork(blocker, { title: uniqueName("Blocker's Work") });
  await createComment(blocker, work, "The writer's own note.");

  // Without JavaScript the Block button is a plain form post.
  const noScript = await newContext(browser, { javaScriptEnabled: false, storageState: await blocker.context.storageState() });
  const blockerPage = await noScript.newPage();
  await blockerPage.goto(`/users/${blocked.username}`);
  await blockerPage.getByRole("button", { name: "Block", exact: true }).click();
  await expect(blockerPage.getByRole("button", { name: "Unblock", exact: true })).toBeVisible();

  await blocked.page.goto(work.url);
  await blocked.page.getByRole("button", { name: /Kudos/ }).click();
  await expect(blocked.page.getByText(BLOCKED)).toBeVisible();
  await leaveComment(commentForm(blocked.page), "May I say something?");
  await expect(commentForm(blocked.page).getByText(BLOCKED)).toBeVisible();
  await expect(commentForm(blocked.page).getByLabel("Comment", { exact: true })).toHaveValue("May I say something?");
  await commentBox(blocked.page, "The writer's own note.").getByRole("link", { name: "Reply" }).click();
  const replyForm = blocked.page.getByRole("form", { name: "Reply" });
  await leaveComment(replyForm, "A reply, then.");
  await expect(replyForm.getByText(BLOCKED)).toBeVisible();
  await blocked.page.reload();
  await expect(blocked.page.locator("#kudos-list")).toHaveCount(0);
  await expect(blocked.page.getByText("May I say something?")).toHaveCount(0);
  await expect(blocked.page.getByText("A reply, then.")).toHaveCount(0);

  // The blocker's list of blocked users, and unblocking from it.
  await blockerPage.goto(`/users/${blocker.username}/blocked`);
  await expect(blockerPage.getByRole("list", { name: "Blocked users" }).getByRole("link", { name: blocked.username })).toBeVisible();
  await expect(blockerPage.getByText("You have blocked 1 of at most 2,000 users.")).toBeVisible();
  await blockerPage.getByRole("button", { name: `Unblock ${blocked.username}` }).click();
  await expect(blockerPage.getByText("Nobody yet.")).toBeVisible();

  await blocked.page.getByRole("button", { name: /Kudos/ }).click();
  await expect(blocked.page.getByText("Thank you for leaving kudos!")).toBeVisible();
});
