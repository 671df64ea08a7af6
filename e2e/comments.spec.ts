import { expect, test, type Browser, newContext } from "./support/test";
import { commentBox, commentForm, commentItem, commentableWork, leaveComment, newGuest, uniqueTitle } from "./support/comment-works";
import { createComment, createWork, type CreatedComment } from "./support/fixtures";
import { account, ownUser, pageAs } from "./support/roles";

// The writer and reader accounts are established ones, past the new-account comment limit; the
// works are the spec's own, so counts and threads hold whatever other specs comment meanwhile.

async function writerAndReader(browser: Browser) {
  const writer = { page: await pageAs(browser, "writer") };
  const reader = { page: await pageAs(browser, "reader"), username: account("reader").username };
  return { writer, reader };
}

test("a reply shows nested under its comment, and deleting the comment keeps the thread", async ({ browser }) => {
  const { writer, reader } = await writerAndReader(browser);
  const workPath = await commentableWork("Threaded");
  await reader.page.goto(workPath);
  await leaveComment(commentForm(reader.page), "What a lovely first chapter.");
  await expect(commentBox(reader.page, "What a lovely first chapter.").getByRole("link", { name: reader.username })).toBeVisible();

  await writer.page.goto(workPath);
  await commentBox(writer.page, "What a lovely first chapter.").getByRole("link", { name: "Reply" }).click();
  const replyForm = writer.page.getByRole("form", { name: "Reply" });
  await leaveComment(replyForm, "Thank you for reading!");
  const parent = commentItem(writer.page, "What a lovely first chapter.");
  await expect(parent.getByRole("list", { name: /^Replies to #/ }).getByText("Thank you for reading!")).toBeVisible();
  await expect(writer.page.getByRole("heading", { name: "Comments (2)" })).toBeVisible();

  // The writer fixes a typo: the reply is marked edited.
  const reply = commentBox(writer.page, "Thank you for reading!");
  await reply.getByRole("link", { name: "Edit" }).click();
  await writer.page.getByRole("form", { name: "Edit feedback" }).getByLabel("Comment", { exact: true }).fill("Thank you so much for reading!");
  await writer.page.getByRole("button", { name: "Update" }).click();
  await expect(commentBox(writer.page, "Thank you so much for reading!").getByText("(edited)")).toBeVisible();

  await reader.page.reload();
  await commentBox(reader.page, "What a lovely first chapter.").getByRole("link", { name: "Delete" }).click();
  await reader.page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(reader.page.getByText("(Previous comment deleted.)")).toBeVisible();
  await expect(reader.page.getByText("What a lovely first chapter.")).toHaveCount(0);
  const placeholder = reader.page.getByRole("listitem").filter({ hasText: "(Previous comment deleted.)" });
  await expect(placeholder.getByRole("list", { name: /^Replies to #/ }).getByText("Thank you so much for reading!")).toBeVisible();
  await expect(reader.page.getByRole("heading", { name: "Comments (1)" })).toBeVisible();
});

test("guests cannot comment on a registered-only work but can on a work open to everyone", async ({ browser }) => {
  const registeredOnly = await commentableWork("Members");
  const openToAll = await commentableWork("Open", { who: "everyone" });
  const closed = await commentableWork("Closed", { who: "nobody" });
  const guest = await newGuest(browser);

  await guest.page.goto(registeredOnly);
  const refusal = guest.page.getByText("Sorry, this work doesn't allow non-Archive users to comment.");
  await expect(refusal).toBeVisible();
  await expect(refusal.getByRole("link", { name: "Log in", exact: true })).toHaveAttribute("href", /^\/login\?callbackUrl=/);
  await expect(guest.page.getByLabel("Comment", { exact: true })).toHaveCount(0);

  await guest.page.goto(closed);
  await expect(guest.page.getByText("Sorry, this work doesn't allow comments.")).toBeVisible();

  await guest.page.goto(openToAll);
  const form = commentForm(guest.page);
  // A guest must sign what they write.
  await leaveComment(form, "Passing by to say hello.");
  await expect(form.getByText("Please enter your name.")).toBeVisible();
  await expect(form.getByLabel("Comment", { exact: true })).toHaveValue("Passing by to say hello.");
  await form.getByLabel("Guest name").fill("Wanderer");
  await form.getByLabel("Guest email").fill("wanderer@example.test");
  await form.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(commentBox(guest.page, "Passing by to say hello.").getByText("Wanderer (Guest)")).toBeVisible();
  await expect(guest.page.getByRole("heading", { name: "Comments (1)" })).toBeVisible();
  await expect(guest.page.getByText("wanderer@example.test")).toHaveCount(0);
});

test("a work's creator deletes a reader's comment on it", async ({ browser }) => {
  const { writer, reader } = await writerAndReader(browser);
  const workPath = await commentableWork("Moderated by hand");
  await reader.page.goto(workPath);
  await leaveComment(commentForm(reader.page), "An unkind remark.");
  await expect(commentBox(reader.page, "An unkind remark.")).toBeVisible();
  // The same words again are refused, next to the field.
  await leaveComment(commentForm(reader.page), "An unkind remark.");
  await expect(commentForm(reader.page).getByText("You've already left this comment here. :)")).toBeVisible();

  await writer.page.goto(workPath);
  await expect(commentBox(writer.page, "An unkind remark.").getByRole("link", { name: "Edit" })).toHaveCount(0);
  await commentBox(writer.page, "An unkind remark.").getByRole("link", { name: "Delete" }).click();
  await writer.page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(writer.page.getByText("An unkind remark.")).toHaveCount(0);
  await expect(writer.page.getByRole("heading", { name: "Comments (0)" })).toBeVisible();
  await expect(writer.page.getByText("(Previous comment deleted.)")).toHaveCount(0);
});

test("on a moderated work, a comment appears once the creator approves it", async ({ browser }) => {
  const { writer, reader } = await writerAndReader(browser);
  const workPath = await commentableWork("Moderated", { moderated: true });
  await reader.page.goto(workPath);
  await leaveComment(commentForm(reader.page), "Hoping this gets through.");
  await expect(
    reader.page.getByText("Your comment was received! It will appear publicly after the work creator has approved it."),
  ).toBeVisible();

  const other = await ownUser(browser, "other");
  await other.page.goto(workPath);
  await expect(other.page.getByRole("heading", { name: "Comments (0)" })).toBeVisible();
  await expect(other.page.getByText("Hoping this gets through.")).toHaveCount(0);

  await writer.page.goto(workPath);
  await commentBox(writer.page, "Hoping this gets through.").getByRole("button", { name: "Approve" }).click();
  await expect(writer.page.getByRole("heading", { name: "Comments (1)" })).toBeVisible();
  await expect(commentBox(writer.page, "Hoping this gets through.").getByRole("button", { name: "Approve" })).toHaveCount(0);

  await other.page.reload();
  await expect(commentBox(other.page, "Hoping this gets through.")).toBeVisible();
  await expect(other.page.getByRole("heading", { name: "Comments (1)" })).toBeVisible();
});

test("a thread deeper than five levels continues on its own page", async ({ browser }) => {
  const { writer, reader } = await writerAndReader(browser);
  const work = await createWork(account("writer"), { title: uniqueTitle("Deep") });
  // Five levels of conversation, writer and reader taking turns, are already there.
  let parent: CreatedComment | undefined;
  for (let level = 1; level <= 5; level += 1) {
    parent = await createComment(account(level % 2 === 0 ? "writer" : "reader"), work, `Level ${level} says hi.`, parent);
  }
  await writer.page.goto(work.url);
  await expect(commentBox(writer.page, "Level 5 says hi.")).toBeVisible();
  await commentBox(writer.page, "Level 5 says hi.").getByRole("link", { name: "Reply" }).click();
  await leaveComment(writer.page.getByRole("form", { name: "Reply" }), "Level 6 says hi.");
  // The sixth level is posted but shown on the thread's own page.
  await expect(writer.page.getByText("Comment posted.")).toBeVisible();
  await expect(writer.page.getByRole("link", { name: "Read more of this thread" })).toBeVisible();
  await reader.page.goto(work.url);
  await expect(commentBox(reader.page, "Level 5 says hi.")).toBeVisible();
  await expect(reader.page.getByText("Level 6 says hi.")).toHaveCount(0);
  await reader.page.getByRole("link", { name: "Read more of this thread" }).click();
  await expect(commentItem(reader.page, "Level 5 says hi.").getByText("Level 6 says hi.")).toBeVisible();
  await expect(reader.page.getByRole("heading", { name: /^Comment on Deep/ })).toBeVisible();
});

test("without JavaScript, a guest replies through the comment's own page", async ({ browser }) => {
  const writer = { page: await pageAs(browser, "writer") };
  const workPath = await commentableWork("Plain HTML", { who: "everyone" });
  await writer.page.goto(workPath);
  await leaveComment(commentForm(writer.page), "Questions welcome below.");
  await expect(commentBox(writer.page, "Questions welcome below.")).toBeVisible();

  const page = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
  await page.goto(workPath);
  await commentBox(page, "Questions welcome below.").getByRole("link", { name: "Reply" }).click();
  await expect(page).toHaveURL(/\/comments\/\d+\?reply=\d+/);
  const form = page.getByRole("form", { name: "Reply" });
  await form.getByLabel("Guest name").fill("Quiet Reader");
  await form.getByLabel("Guest email").fill("quiet@example.test");
  await leaveComment(form, "Will there be a sequel?");
  await expect(commentItem(page, "Questions welcome below.").getByText("Will there be a sequel?")).toBeVisible();
  await expect(commentBox(page, "Will there be a sequel?").getByText("Quiet Reader (Guest)")).toBeVisible();
});
