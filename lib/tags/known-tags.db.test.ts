import { describe, expect, test } from "vitest";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { bookmarkSchema } from "@/lib/bookmarks/schema";
import { autocompleteTags } from "@/lib/tags/autocomplete";
import { isTagKnown } from "@/lib/tags/known-tags";
import { lookUpTag } from "@/lib/tags/lookup-tags";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";

// One prefix per run; "_" in it also checks that autocomplete escapes LIKE's wildcards.
async function setUp() {
  const writer = await makeUser("writer");
  const reader = await makeUser("reader");
  const prefix = unique("Zq");
  const names = {
    listed: `${prefix} Listed`,
    draft: `${prefix} Draft Only`,
    restricted: `${prefix} Restricted Only`,
    privateBookmark: `${prefix} Private Bookmark Only`,
  };
  const listed = await makeWork(writer.id, { characters: names.listed, freeforms: names.listed.replace("Listed", "Listed Freeform") });
  await makeWork(writer.id, { characters: names.draft }, { draft: true });
  await makeWork(writer.id, { characters: names.restricted, restricted: "on" });
  const bookmarked = await createBookmark(reader, listed.id, bookmarkSchema.parse({ tags: names.privateBookmark, private: "on" }));
  expect(bookmarked.ok).toBe(true);
  return { writer, reader, prefix, names };
}

const offered = async (type: "CHARACTER" | "FREEFORM", typed: string, viewer: { id: number } | null) =>
  (await autocompleteTags(type, typed, viewer)).map((tag) => tag.name).sort();

async function pageExists(name: string, viewer: { id: number } | null) {
  const tag = await lookUpTag(name);
  return tag !== null && (await isTagKnown(tag.filterIds, viewer));
}

describe("tags a viewer knows", () => {
  test("autocomplete offers only tags of works the viewer may open, and the writer's own drafts", async () => {
    const { writer, reader, prefix, names } = await setUp();
    const stranger = await makeUser("stranger");
    expect(await offered("CHARACTER", prefix.toLowerCase(), null)).toEqual([names.listed]);
    expect(await offered("CHARACTER", prefix, reader)).toEqual([names.listed, names.restricted].sort());
    expect(await offered("CHARACTER", prefix, stranger)).toEqual([names.listed, names.restricted].sort());
    expect(await offered("CHARACTER", prefix, writer)).toEqual([names.listed, names.draft, names.restricted].sort());
    // A private bookmark's tag is offered to no one, not even its owner (only works make tags known).
    for (const viewer of [null, reader, writer]) {
      expect(await offered("FREEFORM", prefix, viewer)).toEqual([`${prefix} Listed Freeform`]);
    }
    // "_" is a literal, not LIKE's any-character.
    expect(await offered("CHARACTER", prefix.replace("_", "x"), writer)).toEqual([]);
  });

  test("a tag page exists only for viewers who may open a work with that tag", async () => {
    const { writer, reader, names } = await setUp();
    expect(await pageExists(names.listed, null)).toBe(true);
    expect(await pageExists(names.listed.toUpperCase(), null)).toBe(true);
    expect(await pageExists(names.draft, null)).toBe(false);
    expect(await pageExists(names.draft, reader)).toBe(false);
    expect(await pageExists(names.draft, writer)).toBe(true);
    expect(await pageExists(names.restricted, null)).toBe(false);
    expect(await pageExists(names.restricted, reader)).toBe(true);
    expect(await pageExists(names.privateBookmark, null)).toBe(false);
    expect(await pageExists(names.privateBookmark, reader)).toBe(false);
    expect(await pageExists("No Such Tag Anywhere", writer)).toBe(false);
  });
});
