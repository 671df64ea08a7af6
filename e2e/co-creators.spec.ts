import { expect, test, type Page } from "./support/test";
import { addCreator, chapterIdsOf, createWork } from "./support/fixtures";
import { ownUser } from "./support/roles";
import { fillWorkForm, NOT_FOUND, uniqueName, workIdOf } from "./support/works";

// Writing together: an invitation from the posting or edit form, answered in the invitee's inbox;
// accepted co-creators share the byline, the profile listing and the editing. Every person here is
// the spec's own account, so inboxes and profiles hold only this test's rows.

function byline(page: Page) {
  return page.getByRole("main").locator("header p").filter({ hasText: /^by / });
}

function invitation(page: Page, title: string) {
  return page.getByRole("list", { name: "Notices" }).getByRole("listitem").filter({ hasText: title });
}

test("an invited co-creator accepts in the inbox, shares the byline, the profile and its subscribers, and edits a chapter", async ({ browser }) => {
  const writer = await ownUser(browser, "writer");
  const friend = await ownUser(browser, "friend");
  const fan = await ownUser(browser, "fan");
  await fan.page.goto(`/users/${friend.username}`);
  await fan.page.getByRole("button", { name: `Subscribe to ${friend.username}` }).click();
  await expect(fan.page.getByRole("button", { name: `Unsubscribe to ${friend.username}` })).toBeVisible();
  const title = uniqueName("Together");
  const ghost = uniqueName("nobody").replace(" ", "_");

  await writer.page.goto("/works/new");
  await fillWorkForm(writer.page, { title });
  const coCreators = writer.page.getByLabel("Co-Creators");
  await expect(writer.page.getByText("A work can have at most 10 creators, invitations included.")).toBeVisible();
  await coCreators.fill(`${friend.username}, ${ghost}`);
  await writer.page.getByRole("button", { name: "Post", exact: true }).click();
  // Refused beside the field, naming the unknown user, with everything still typed.
  await expect(writer.page.getByText(`There is no user named ${ghost}.`)).toBeVisible();
  await expect(coCreators).toHaveAttribute("aria-invalid", "true");
  await expect(writer.page.getByLabel("Work Title")).toHaveValue(title);
  await coCreators.fill(friend.username);
  await writer.page.getByRole("button", { name: "Post", exact: true }).click();
  await writer.page.waitForURL(/\/works\/\d+$/);
  const workId = workIdOf(writer.page);
  // Pending: the byline names the writer only.
  await expect(byline(writer.page)).toHaveText(`by ${writer.username}`);

  await friend.page.goto("/inbox");
  const notice = invitation(friend.page, title);
  await expect(notice).toContainText(`${writer.username} invited you to be a co-creator of ${title}`);
  await notice.getByRole("button", { name: "Accept" }).click();
  await expect(notice).toContainText("You accepted: you are a creator of this work.");
  await expect(notice.getByRole("button", { name: "Accept" })).toHaveCount(0);

  await friend.page.goto(`/works/${workId}`);
  await expect(byline(friend.page)).toHaveText(`by ${writer.username}, ${friend.username}`);
  await expect(byline(friend.page).getByRole("link", { name: friend.username })).toHaveAttribute("href", `/users/${friend.username}`);
  await friend.page.goto(`/users/${friend.username}`);
  await expect(friend.page.getByRole("link", { name: title })).toBeVisible();
  await expect(friend.page.getByRole("main")).toContainText(`by ${writer.username}, ${friend.username}`);

  // The work is new on the co-creator's profile: their subscribers hear of it.
  await fan.page.goto("/inbox");
  await expect(fan.page.getByRole("list", { name: "Notices" })).toContainText(`New work by ${writer.username}, ${friend.username}: ${title}`);

  const [chapterId] = await chapterIdsOf(workId);
  await friend.page.goto(`/works/${workId}/chapters/${chapterId}`);
  await friend.page.getByRole("navigation", { name: "Work actions" }).getByRole("link", { name: "Edit Chapter" }).click();
  await friend.page.getByLabel("Chapter Text").fill("Rewritten by the co-creator, every word of it.");
  await friend.page.getByRole("button", { name: "Post", exact: true }).click();
  await friend.page.waitForURL(new RegExp(`/works/${workId}/chapters/${chapterId}$`));
  await expect(friend.page.getByText("Rewritten by the co-creator, every word of it.")).toBeVisible();

  await writer.page.goto(`/works/${workId}`);
  await expect(writer.page.getByText("Rewritten by the co-creator, every word of it.")).toBeVisible();
});

test("a rejected invitation leaves the work to its creator, and the invitee can't edit it", async ({ browser }) => {
  const writer = await ownUser(browser, "writer");
  const friend = await ownUser(browser, "friend");
  const work = await createWork(writer, { title: uniqueName("Solo") });

  await writer.page.goto(`/works/${work.id}/edit`);
  await writer.page.getByLabel("Co-Creators").fill(friend.username);
  await writer.page.getByRole("button", { name: "Update" }).click();
  await writer.page.waitForURL(new RegExp(`/works/${work.id}$`));
  await writer.page.goto(`/works/${work.id}/edit`);
  await expect(writer.page.getByRole("region", { name: "Creators" })).toContainText(`Invited, not yet accepted: ${friend.username}`);

  // Invited is not yet a creator.
  await friend.page.goto(`/works/${work.id}/edit`);
  await expect(friend.page.getByText(NOT_FOUND)).toBeVisible();

  await friend.page.goto("/inbox");
  const notice = invitation(friend.page, work.title);
  await notice.getByRole("button", { name: "Reject" }).click();
  await expect(notice).toContainText("This invitation is no longer open.");

  await friend.page.goto(`/works/${work.id}`);
  await expect(byline(friend.page)).toHaveText(`by ${writer.username}`);
  await expect(friend.page.getByRole("navigation", { name: "Work actions" }).getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await friend.page.goto(`/works/${work.id}/edit`);
  await expect(friend.page.getByText(NOT_FOUND)).toBeVisible();
});

test("a co-creator removes themself from a work; the last creator can't", async ({ browser }) => {
  const writer = await ownUser(browser, "writer");
  const friend = await ownUser(browser, "friend");
  const work = await createWork(writer, { title: uniqueName("Shared") });
  await addCreator(work, friend);

  await friend.page.goto(`/works/${work.id}`);
  await expect(byline(friend.page)).toHaveText(`by ${writer.username}, ${friend.username}`);
  await friend.page.getByRole("navigation", { name: "Work actions" }).getByRole("link", { name: "Edit", exact: true }).click();
  await friend.page.getByRole("button", { name: "Remove me as co-creator" }).click();
  await friend.page.waitForURL(new RegExp(`/works/${work.id}$`));
  await expect(byline(friend.page)).toHaveText(`by ${writer.username}`);
  await friend.page.goto(`/users/${friend.username}`);
  await expect(friend.page.getByRole("link", { name: work.title })).toHaveCount(0);

  await writer.page.goto(`/works/${work.id}/edit`);
  await writer.page.getByRole("button", { name: "Remove me as co-creator" }).click();
  await expect(writer.page.getByRole("region", { name: "Creators" }).getByRole("status")).toHaveText(
    "You're the only creator of this work, so you can't remove yourself. Invite a co-creator first, or delete the work.",
  );
  await writer.page.goto(`/works/${work.id}`);
  await expect(byline(writer.page)).toHaveText(`by ${writer.username}`);
});
