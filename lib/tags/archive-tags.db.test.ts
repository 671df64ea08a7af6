import { describe, expect, test } from "vitest";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { bookmarkSchema } from "@/lib/bookmarks/schema";
import { db } from "@/lib/db";
import { errorMessage } from "@/lib/error-codes";
import { ARCHIVE_WARNINGS, CATEGORIES, RATINGS } from "@/lib/tags/archive-tags";
import { editTag } from "@/lib/tags/edit-tag";
import { getOwnWork } from "@/lib/works/get-own-work";
import { postWork } from "@/lib/works/post-work";
import { workMetadataSchema } from "@/lib/works/schema";
import { updateWork } from "@/lib/works/update-work";
import { workFormValues } from "@/lib/works/work-form-values";
import { makeUser, makeWork, unique, workInput } from "../../scripts/test/fixtures";

const tagNamed = (name: string) => db.tag.findUnique({ where: { nameKey: name.toLowerCase() } });
const tagId = async (name: string) => (await db.tag.findUniqueOrThrow({ where: { nameKey: name.toLowerCase() } })).id;

describe("archive tags", () => {
  test("every rating, archive warning and category exists from the start with its type", async () => {
    const archive = await db.tag.findMany({
      where: { type: { in: ["RATING", "WARNING", "CATEGORY"] } },
      select: { name: true, type: true, canonical: true, synonymOfId: true },
      orderBy: { name: "asc" },
    });
    const expected = [
      ...RATINGS.map((name) => ({ name, type: "RATING" })),
      ...ARCHIVE_WARNINGS.map((name) => ({ name, type: "WARNING" })),
      ...CATEGORIES.map((name) => ({ name, type: "CATEGORY" })),
    ].map((tag) => ({ ...tag, canonical: true, synonymOfId: null }));
    expect(archive).toEqual(expect.arrayContaining(expected));
    expect(archive).toHaveLength(expected.length);
  });

  test("Explicit typed as an additional tag is refused next to the field and nothing is saved", async () => {
    const writer = await makeUser("writer");
    const fandom = unique("Unsaved Fandom");
    const freeform = unique("Unsaved Freeform");
    const title = unique("Refused");
    const result = await postWork(writer.id, workInput({ title, fandoms: fandom, freeforms: `${freeform}, explicit` }), { draft: false });
    expect(result).toEqual({
      ok: false,
      code: "tag_wrong_type",
      field: "freeforms",
      params: { name: "Explicit", actual: "a rating", expected: "an additional tag" },
    });
    if (result.ok) return;
    expect(errorMessage(result.code, result.params)).toBe("Explicit is a rating, not an additional tag.");
    expect(await db.work.count({ where: { title } })).toBe(0);
    expect(await tagNamed(fandom)).toBeNull();
    expect(await tagNamed(freeform)).toBeNull();
    expect(await tagNamed("Explicit")).toMatchObject({ type: "RATING", canonical: true });

    // A work rated Explicit afterwards shows its rating, and its edit form keeps it.
    const rated = await makeWork(writer.id, { rating: "Explicit", warnings: ["Major Character Death"] });
    const work = await getOwnWork(rated.id, writer.id);
    expect(work).not.toBeNull();
    const tags = work!.tags.map((link) => ({ name: link.tag.name, type: link.tag.type }));
    expect(tags).toEqual(expect.arrayContaining([{ name: "Explicit", type: "RATING" }, { name: "Major Character Death", type: "WARNING" }]));
    expect(workFormValues(work!).rating).toBe("Explicit");
  });

  test("someone's fandom can't become an additional tag or a character, when posting or editing", async () => {
    const fan = await makeUser("fan");
    const other = await makeUser("other");
    const fandom = unique("Their Fandom");
    await makeWork(fan.id, { fandoms: fandom });

    const posted = await postWork(other.id, workInput({ freeforms: fandom.toUpperCase() }), { draft: false });
    expect(posted.ok).toBe(false);
    if (!posted.ok) expect(errorMessage(posted.code, posted.params)).toBe(`${fandom} is a fandom, not an additional tag.`);

    const own = await makeWork(other.id, { characters: "Someone" });
    const edited = await updateWork(
      other.id,
      own.id,
      workMetadataSchema.parse({
        rating: "Mature",
        warnings: ["No Archive Warnings Apply"],
        fandoms: "Test Fandom",
        characters: `Someone, ${fandom}`,
        title: "Changed title",
      }),
      { post: false },
    );
    expect(edited).toMatchObject({ ok: false, code: "tag_wrong_type", field: "characters" });
    const unchanged = await getOwnWork(own.id, other.id);
    expect(unchanged?.title).not.toBe("Changed title");
    expect(unchanged && workFormValues(unchanged)).toMatchObject({ rating: "General Audiences", characters: "Someone" });
    expect(await tagNamed(fandom)).toMatchObject({ type: "FANDOM" });
  });

  test("bookmark tags reuse a tag of any type and create new names as additional tags", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const fandom = unique("Bookmarked Fandom");
    const work = await makeWork(writer.id, { fandoms: fandom });
    const newTag = unique("Comfort Read");
    const created = await createBookmark(reader, work.id, bookmarkSchema.parse({ tags: `explicit, ${fandom}, ${newTag}` }));
    expect(created.ok).toBe(true);
    const tags = await db.bookmarkTag.findMany({ where: { bookmark: { userId: reader.id } }, select: { tag: { select: { name: true, type: true } } } });
    expect(tags.map((link) => link.tag)).toEqual(
      expect.arrayContaining([{ name: "Explicit", type: "RATING" }, { name: fandom, type: "FANDOM" }, { name: newTag, type: "FREEFORM" }]),
    );
    expect(tags).toHaveLength(3);
  });

  test("tag wrangling can't change an archive tag or strip a canonical tag of its synonyms' target", async () => {
    const writer = await makeUser("writer");
    const canonical = unique("Canonical Character");
    const synonym = unique("Nickname");
    await makeWork(writer.id, { characters: `${canonical}, ${synonym}` });
    const refused = await editTag(await tagId("Explicit"), { canonical: false, synonymOf: "" });
    expect(refused).toEqual({ ok: false, code: "tag_archive_fixed", field: "canonical" });
    if (!refused.ok) expect(errorMessage(refused.code)).toBe("Ratings, archive warnings and categories can't be changed.");
    expect(await editTag(await tagId("Mature"), { canonical: false, synonymOf: "Explicit" })).toMatchObject({ ok: false, code: "tag_archive_fixed", field: "synonymOf" });
    expect(await editTag(await tagId(canonical), { canonical: true, synonymOf: "" })).toMatchObject({ ok: true });
    expect(await editTag(await tagId(synonym), { canonical: false, synonymOf: canonical })).toMatchObject({ ok: true });
    expect(await editTag(await tagId(canonical), { canonical: false, synonymOf: "" })).toMatchObject({ ok: false, code: "tag_has_synonyms", field: "canonical" });
  });
});

describe("the database holds the tag rules, even for raw SQL", () => {
  test("archive tags can't be re-typed, renamed, made non-canonical, or imitated", async () => {
    await expect(db.$executeRaw`UPDATE tags SET type = 'FREEFORM' WHERE name_key = 'explicit'`).rejects.toThrow(/tags_archive_type_fixed/);
    await expect(db.$executeRaw`UPDATE tags SET name = 'Explicit!' WHERE name_key = 'explicit'`).rejects.toThrow(/tags_archive_type_fixed/);
    await expect(db.$executeRaw`UPDATE tags SET canonical = false WHERE name_key = 'major character death'`).rejects.toThrow(/tags_archive_canonical/);
    await expect(db.$executeRaw`INSERT INTO tags (name, type, canonical) VALUES ('Super Explicit', 'RATING', true)`).rejects.toThrow(/tags_archive_type_fixed/);
    await expect(db.$executeRaw`INSERT INTO tags (name, type) VALUES ('EXPLICIT', 'FREEFORM')`).rejects.toThrow(/tags_archive_type_fixed/);
    const someFreeform = unique("Plain Freeform");
    await db.$executeRaw`INSERT INTO tags (name, type) VALUES (${someFreeform}, 'FREEFORM')`;
    await expect(db.$executeRaw`UPDATE tags SET type = 'CATEGORY', canonical = true WHERE name = ${someFreeform}`).rejects.toThrow(/tags_archive_type_fixed/);
    expect(await tagNamed("Explicit")).toMatchObject({ name: "Explicit", type: "RATING", canonical: true });
  });

  test("synonyms: same type, not itself, canonical target, no chains", async () => {
    const writer = await makeUser("writer");
    const [a, b, c, fandom] = [unique("Char A"), unique("Char B"), unique("Char C"), unique("Fandom F")];
    await makeWork(writer.id, { characters: `${a}, ${b}, ${c}`, fandoms: fandom });
    const [idA, idB, idC, idF] = await Promise.all([a, b, c, fandom].map(tagId));
    await db.$executeRaw`UPDATE tags SET canonical = true WHERE id IN (${idB}, ${idF})`;

    await expect(db.$executeRaw`UPDATE tags SET canonical = false, synonym_of_id = id WHERE id = ${idB}`).rejects.toThrow(/tags_synonym_not_itself/);
    await expect(db.$executeRaw`UPDATE tags SET synonym_of_id = ${idF} WHERE id = ${idA}`).rejects.toThrow(/the type of its canonical tag/);
    await expect(db.$executeRaw`UPDATE tags SET synonym_of_id = ${idC} WHERE id = ${idA}`).rejects.toThrow(/point at a canonical tag that is not itself a synonym/);
    await db.$executeRaw`UPDATE tags SET synonym_of_id = ${idB} WHERE id = ${idA}`;
    // A → B exists: pointing at A would make a chain; B can't stop being canonical or change type.
    await db.$executeRaw`UPDATE tags SET canonical = true WHERE id = ${idC}`;
    await expect(db.$executeRaw`UPDATE tags SET canonical = false, synonym_of_id = NULL WHERE id = ${idC}`).resolves.toBe(1);
    await expect(db.$executeRaw`UPDATE tags SET synonym_of_id = ${idA} WHERE id = ${idC}`).rejects.toThrow(/point at a canonical tag that is not itself a synonym/);
    await expect(db.$executeRaw`UPDATE tags SET canonical = false WHERE id = ${idB}`).rejects.toThrow(/a tag with synonyms must stay canonical/);
    await expect(db.$executeRaw`UPDATE tags SET type = 'FREEFORM' WHERE id = ${idB}`).rejects.toThrow(/a tag with synonyms must stay canonical/);
    await expect(db.$executeRaw`UPDATE tags SET canonical = true WHERE id = ${idA}`).rejects.toThrow(/tags_synonym_not_canonical/);
    expect(await db.tag.findUniqueOrThrow({ where: { id: idA }, select: { synonymOfId: true } })).toEqual({ synonymOfId: idB });
  });
});
