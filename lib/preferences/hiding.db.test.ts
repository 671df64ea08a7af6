import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { leaveKudos } from "@/lib/kudos/leave-kudos";
import { worksHiddenAmong } from "@/lib/preferences/hidden-among";
import { DEFAULT_PREFERENCES } from "@/lib/preferences/options";
import { recordReading } from "@/lib/readings/record-reading";
import { setMarkedForLater } from "@/lib/readings/mark-for-later";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";

async function chapterOf(workId: number) {
  return (await db.chapter.findFirstOrThrow({ where: { workId }, select: { id: true } })).id;
}

describe("preferences hide works inside the listing's own query", () => {
  test("excluded tags (with their synonyms) and read, kudosed and bookmarked works leave the page, the count and the facets", async () => {
    const [writer, reader] = [await makeUser("writer"), await makeUser("reader")];
    const viewer = { ...reader, role: "USER" as const };
    const fandom = unique("Pref Fandom");
    const [trope, tropeSynonym] = [unique("Unwanted Trope"), unique("Unwanted Synonym")];
    const plain = await makeWork(writer.id, { fandoms: fandom });
    await makeWork(writer.id, { fandoms: fandom, freeforms: trope });
    await makeWork(writer.id, { fandoms: fandom, freeforms: tropeSynonym });
    const read = await makeWork(writer.id, { fandoms: fandom });
    const kudosed = await makeWork(writer.id, { fandoms: fandom });
    const bookmarked = await makeWork(writer.id, { fandoms: fandom });
    const marked = await makeWork(writer.id, { fandoms: fandom });
    const canonical = await db.tag.update({ where: { nameKey: trope.toLowerCase() }, data: { canonical: true } });
    await db.tag.update({ where: { nameKey: tropeSynonym.toLowerCase() }, data: { synonymOfId: canonical.id } });
    await recordReading(reader.id, read.id, await chapterOf(read.id));
    expect((await leaveKudos(kudosed.id, { userId: reader.id })).ok).toBe(true);
    expect((await createBookmark(viewer, bookmarked.id, { notes: "", tags: [], rec: false, private: true })).ok).toBe(true);
    // Marked for later but not read yet: not "read".
    expect((await setMarkedForLater(viewer, marked.id, true)).ok).toBe(true);

    const preferences = { ...DEFAULT_PREFERENCES, excludedTags: [trope], hideRead: true, hideKudosed: true, hideBookmarked: true };
    const filter = parseWorkFilter({ include: fandom });
    const shown = await filterWorks(filter, viewer, {}, { facets: true, preferences });
    expect(shown.works.map((work) => work.id).sort()).toEqual([plain.id, marked.id].sort());
    expect(shown.total).toBe(2);
    expect(shown.hidden).toBe(5);
    expect(shown.facets.find((facet) => facet.name === fandom)?.count).toBe(2);
    expect(shown.facets.map((facet) => facet.name)).not.toContain(trope);

    const everything = await filterWorks(parseWorkFilter({ include: fandom, show_hidden: "true" }), viewer, {}, { preferences });
    expect(everything.total).toBe(7);
    expect(everything.hidden).toBe(0);
  });

  test("a guest's preferences can exclude tags but hide nothing by history", async () => {
    const writer = await makeUser("writer");
    const fandom = unique("Guest Pref Fandom");
    const warning = "Graphic Depictions Of Violence";
    const gentle = await makeWork(writer.id, { fandoms: fandom });
    await makeWork(writer.id, { fandoms: fandom, warnings: [warning] });
    const preferences = { ...DEFAULT_PREFERENCES, excludedTags: [warning], hideRead: true, hideKudosed: true };
    const shown = await filterWorks(parseWorkFilter({ include: fandom }), null, {}, { preferences });
    expect(shown.works.map((work) => work.id)).toEqual([gentle.id]);
    expect(shown.hidden).toBe(1);
  });

  test("with nothing to hide, no extra count is made and nothing is said", async () => {
    const writer = await makeUser("writer");
    const fandom = unique("Plain Fandom");
    await makeWork(writer.id, { fandoms: fandom });
    const shown = await filterWorks(parseWorkFilter({ include: fandom }), null, {}, { preferences: DEFAULT_PREFERENCES });
    expect(shown.total).toBe(1);
    expect(shown.hidden).toBe(0);
  });

  test("a series' parts are hidden by the same condition", async () => {
    const writer = await makeUser("writer");
    const trope = unique("Series Trope");
    const kept = await makeWork(writer.id);
    const hidden = await makeWork(writer.id, { freeforms: trope });
    const preferences = { ...DEFAULT_PREFERENCES, excludedTags: [trope] };
    expect([...(await worksHiddenAmong([kept.id, hidden.id], preferences, null))]).toEqual([hidden.id]);
    expect((await worksHiddenAmong([kept.id, hidden.id], DEFAULT_PREFERENCES, null)).size).toBe(0);
  });
});
