import { describe, expect, test } from "vitest";
import { editTag } from "@/lib/tags/edit-tag";
import { lookUpTag } from "@/lib/tags/lookup-tags";
import { editTagSchema } from "@/lib/tags/schema";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";
import { renderAtomFeed } from "./atom";
import { getTagFeed } from "./tag-feed";

const ORIGIN = "http://folio.test";

async function makeSynonym(name: string, canonicalName: string) {
  const [tag, canonical] = [await lookUpTag(name), await lookUpTag(canonicalName)];
  expect((await editTag(canonical!.id, editTagSchema.parse({ canonical: "on" }))).ok).toBe(true);
  expect((await editTag(tag!.id, editTagSchema.parse({ synonymOf: canonicalName }))).ok).toBe(true);
}

describe("a tag's Atom feed", () => {
  test("lists the newest works a guest may see with the tag or a synonym, restricted works and drafts left out", async () => {
    const writer = await makeUser("feeder");
    const canonical = unique("Feed Canon");
    const synonym = unique("Feed Syn");
    const older = await makeWork(writer.id, { freeforms: canonical, publishedAt: "2024-01-10", title: unique("Older") });
    const newer = await makeWork(writer.id, {
      freeforms: synonym,
      publishedAt: "2024-03-10",
      title: unique("Newer <& Co>"),
      summary: "<p>Two <em>friends</em> & a cat.</p>",
    });
    await makeSynonym(synonym, canonical);
    await makeWork(writer.id, { freeforms: canonical, restricted: "on", publishedAt: "2024-05-01" });
    await makeWork(writer.id, { freeforms: canonical }, { draft: true });

    for (const name of [canonical, synonym, synonym.toUpperCase()]) {
      const feed = await getTagFeed(name, ORIGIN);
      expect(feed?.title).toBe(`${canonical} works on Folio`);
      expect(feed?.entries.map((entry) => entry.url)).toEqual([`${ORIGIN}/works/${newer.id}`, `${ORIGIN}/works/${older.id}`]);
    }
    const feed = (await getTagFeed(synonym, ORIGIN))!;
    expect(feed.selfUrl).toBe(`${ORIGIN}/tags/${encodeURIComponent(canonical)}/feed.atom`);
    expect(feed.alternateUrl).toBe(`${ORIGIN}/tags/${encodeURIComponent(canonical)}/works`);
    const [entry] = feed.entries;
    expect(entry?.authors).toEqual([writer.username]);
    expect(entry?.categories).toEqual(expect.arrayContaining(["General Audiences", "No Archive Warnings Apply", "Test Fandom", synonym]));
    expect(entry?.published?.toISOString()).toBe("2024-03-10T12:00:00.000Z");
    expect(feed.updated.getTime()).toBe(Math.max(...feed.entries.map((item) => item.updated.getTime())));

    const xml = renderAtomFeed(feed);
    expect(xml).toContain(`<title>${entry!.title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")}</title>`);
    expect(xml).toContain("<summary type=\"html\">&lt;p&gt;Two &lt;em&gt;friends&lt;/em&gt; &amp;amp; a cat.&lt;/p&gt;</summary>");
    expect(xml).toContain(`<author><name>${writer.username}</name></author>`);
  });

  test("holds the newest 20 works only", async () => {
    const writer = await makeUser("prolific");
    const tag = unique("Feed Busy");
    const ids: number[] = [];
    for (let day = 1; day <= 21; day++) {
      const work = await makeWork(writer.id, { freeforms: tag, publishedAt: `2024-02-${String(day).padStart(2, "0")}` });
      ids.push(work.id);
    }
    const feed = await getTagFeed(tag, ORIGIN);
    expect(feed?.entries).toHaveLength(20);
    expect(feed?.entries.map((entry) => entry.url)).toEqual(ids.slice(1).reverse().map((id) => `${ORIGIN}/works/${id}`));
  });

  test("has no feed for a missing tag, or one a guest does not know", async () => {
    const writer = await makeUser("hidden");
    const restricted = unique("Feed Restricted");
    const draft = unique("Feed Draft");
    await makeWork(writer.id, { freeforms: restricted, restricted: "on" });
    await makeWork(writer.id, { freeforms: draft }, { draft: true });
    expect(await getTagFeed(restricted, ORIGIN)).toBeNull();
    expect(await getTagFeed(draft, ORIGIN)).toBeNull();
    expect(await getTagFeed(unique("Feed Nowhere"), ORIGIN)).toBeNull();
  });
});
