import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { editTag } from "@/lib/tags/edit-tag";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";

const tagId = async (name: string) => (await db.tag.findUniqueOrThrow({ where: { nameKey: name.toLowerCase() } })).id;

describe("synonyms", () => {
  test("filtering by a synonym or its canonical tag finds the works of both", async () => {
    const writer = await makeUser("writer");
    const canonical = unique("Buffy Summers/Spike");
    const synonym = unique("Spuffy");
    const tagged = await makeWork(writer.id, { relationships: canonical });
    const nicknamed = await makeWork(writer.id, { relationships: synonym });
    const platonic = await makeWork(writer.id, { relationships: `${canonical.replace("/", " & ")}` });
    expect(await editTag(await tagId(canonical), { canonical: true, synonymOf: "" })).toEqual({ ok: true, value: { name: canonical } });
    expect(await editTag(await tagId(synonym), { canonical: false, synonymOf: canonical })).toEqual({ ok: true, value: { name: synonym } });

    for (const name of [canonical, synonym, synonym.toUpperCase()]) {
      const { works } = await filterWorks(parseWorkFilter({ include: name }), null);
      expect(works.map((work) => work.id).sort()).toEqual([tagged.id, nicknamed.id].sort());
    }
    const { works: excluded } = await filterWorks(parseWorkFilter({ exclude: synonym, q: canonical.split("_")[1] ?? "" }), null);
    expect(excluded.map((work) => work.id)).toEqual([platonic.id]);
    // "A & B" is a different (platonic) relationship from "A/B".
    const { works: platonicWorks } = await filterWorks(parseWorkFilter({ include: canonical.replace("/", " & ") }), null);
    expect(platonicWorks.map((work) => work.id)).toEqual([platonic.id]);
  });

  test("a synonym must point at a canonical tag of the same type", async () => {
    const writer = await makeUser("writer");
    const character = unique("Character");
    const fandom = unique("Fandom");
    const loose = unique("Loose");
    await makeWork(writer.id, { characters: `${character}, ${loose}`, fandoms: fandom });
    await editTag(await tagId(fandom), { canonical: true, synonymOf: "" });
    expect(await editTag(await tagId(character), { canonical: false, synonymOf: fandom })).toMatchObject({ ok: false, code: "tag_synonym_other_type", field: "synonymOf" });
    expect(await editTag(await tagId(character), { canonical: false, synonymOf: loose })).toMatchObject({ ok: false, code: "tag_synonym_not_canonical", field: "synonymOf" });
    expect(await editTag(await tagId(character), { canonical: false, synonymOf: "No Such Tag Anywhere" })).toMatchObject({ ok: false, code: "tag_unknown", field: "synonymOf" });
  });
});
