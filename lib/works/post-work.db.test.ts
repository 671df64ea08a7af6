import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { postWork } from "@/lib/works/post-work";
import { makeUser, makeWork, workInput } from "../../scripts/test/fixtures";

describe("postWork", () => {
  test("stores the work, its first chapter and its tags, with text sanitised and words counted", async () => {
    const writer = await makeUser("writer");
    const { id } = await makeWork(writer.id, {
      title: "4 > 3 and 2 < 5",
      relationships: "Buffy Summers/Spike, Buffy Summers & Willow Rosenberg",
      body: "<p>Line one<br>line two</p><script>alert(1)</script><p onclick=\"steal()\">Second paragraph here.</p>",
    });
    const work = await db.work.findUniqueOrThrow({
      where: { id },
      include: { chapters: true, tags: { include: { tag: true } } },
    });
    expect(work.title).toBe("4 > 3 and 2 < 5");
    expect(work.posted).toBe(true);
    expect(work.postedChapters).toBe(1);
    expect(work.chapters[0]?.body).toContain("Line one<br />");
    expect(work.chapters[0]?.body).not.toMatch(/script|onclick|alert/);
    expect(work.wordCount).toBe(7);
    const relationships = work.tags.filter((link) => link.tag.type === "RELATIONSHIP").map((link) => link.tag.name);
    // "A/B" and "A & B" are distinct tags.
    expect(relationships.sort()).toEqual(["Buffy Summers & Willow Rosenberg", "Buffy Summers/Spike"]);
  });

  test("plain text that merely mentions a tag is shown as typed, not run", async () => {
    const writer = await makeUser("writer");
    const { id } = await makeWork(writer.id, { body: "He typed <script>alert(1)</script> into the chat.\nThen left." });
    const [chapter] = await db.chapter.findMany({ where: { workId: id } });
    expect(chapter?.body).toBe("<p>He typed &lt;script&gt;alert(1)&lt;/script&gt; into the chat.<br />\nThen left.</p>");
  });

  test("a work with an expected total of one chapter is complete; an unknown total is not", async () => {
    const writer = await makeUser("writer");
    const done = await makeWork(writer.id, { expectedChapters: "1" });
    const open = await makeWork(writer.id, { expectedChapters: "?" });
    const works = await db.work.findMany({ where: { id: { in: [done.id, open.id] } }, select: { id: true, complete: true, expectedChapters: true } });
    expect(works.find((work) => work.id === done.id)).toMatchObject({ complete: true, expectedChapters: 1 });
    expect(works.find((work) => work.id === open.id)).toMatchObject({ complete: false, expectedChapters: null });
  });

  test("tags are shared case-insensitively and count only posted works", async () => {
    const writer = await makeUser("writer");
    await makeWork(writer.id, { freeforms: "Slow Burn Test Tag" });
    await makeWork(writer.id, { freeforms: "slow burn test tag" });
    await makeWork(writer.id, { freeforms: "SLOW BURN TEST TAG" }, { draft: true });
    const tags = await db.tag.findMany({ where: { nameKey: "slow burn test tag" } });
    expect(tags).toHaveLength(1);
    expect(tags[0]).toMatchObject({ name: "Slow Burn Test Tag", usesCount: 2 });
  });

  test("concurrent posts creating the same new tag both succeed with one tag", async () => {
    const writer = await makeUser("writer");
    const input = workInput({ characters: "Brand New Character Zed" });
    const results = await Promise.all([postWork(writer.id, input, { draft: false }), postWork(writer.id, input, { draft: false })]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const tag = await db.tag.findUniqueOrThrow({ where: { nameKey: "brand new character zed" } });
    expect(tag.usesCount).toBe(2);
  });

  test("concurrent posts sharing existing tags neither deadlock nor lose a use", async () => {
    const writer = await makeUser("writer");
    const input = workInput({ characters: "Shared Character Ama, Shared Character Bo", freeforms: "Shared Trope" });
    await postWork(writer.id, input, { draft: false });
    const results = await Promise.all(Array.from({ length: 6 }, () => postWork(writer.id, input, { draft: false })));
    expect(results.map((result) => result.ok)).toEqual(Array(6).fill(true));
    const tags = await db.tag.findMany({ where: { nameKey: { in: ["shared character ama", "shared character bo", "shared trope"] } } });
    expect(tags.map((tag) => tag.usesCount)).toEqual([7, 7, 7]);
  });

  test("the schema rejects AO3's limits with AO3's messages", () => {
    const tooMany = Array.from({ length: 76 }, (_, index) => `Tag ${index}`).join(", ");
    const result = (() => {
      try {
        workInput({ warnings: [], fandoms: "", freeforms: tooMany, body: "short", title: " " });
        return null;
      } catch (error) {
        return error as { issues: { path: string[]; message: string }[] };
      }
    })();
    const messages = Object.fromEntries(result!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages.warnings).toBe("Please select at least one warning.");
    expect(messages.fandoms).toBe("Please fill in at least one fandom.");
    expect(messages.body).toBe("Content must be at least 10 characters long.");
    expect(messages.title).toBe("Please enter a title.");
  });
});
