import { describe, expect, test } from "vitest";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { WORKS_PER_PAGE } from "@/lib/works/limits";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";

const reader = { id: -1, username: "someone", role: "USER" as const };

describe("filterWorks", () => {
  test("pages hold 20 works each, newest first, with no work on two pages", async () => {
    const writer = await makeUser("writer");
    const fandom = unique("Paged Fandom");
    const ids: number[] = [];
    for (let i = 0; i < WORKS_PER_PAGE + 5; i++) ids.push((await makeWork(writer.id, { fandoms: fandom })).id);
    const first = await filterWorks(parseWorkFilter({ include: fandom }), null);
    const second = await filterWorks(parseWorkFilter({ include: fandom, page: "2" }), null);
    expect(first.total).toBe(25);
    expect(first.pageCount).toBe(2);
    expect(first.works.map((work) => work.id)).toEqual(ids.slice().reverse().slice(0, 20));
    expect(second.works.map((work) => work.id)).toEqual(ids.slice().reverse().slice(20));
  });

  test("guests never see restricted works or drafts, in the list, the count or the facets", async () => {
    const writer = await makeUser("writer");
    const fandom = unique("Hidden Fandom");
    const secretTag = unique("Secret Tag");
    const open = await makeWork(writer.id, { fandoms: fandom });
    const restricted = await makeWork(writer.id, { fandoms: fandom, restricted: "on", freeforms: secretTag });
    await makeWork(writer.id, { fandoms: fandom }, { draft: true });
    const asGuest = await filterWorks(parseWorkFilter({ include: fandom }), null, {}, { facets: true });
    expect(asGuest.works.map((work) => work.id)).toEqual([open.id]);
    expect(asGuest.total).toBe(1);
    expect(asGuest.facets.map((facet) => facet.name)).not.toContain(secretTag);
    const asReader = await filterWorks(parseWorkFilter({ include: fandom }), reader, {}, { facets: true });
    expect(asReader.works.map((work) => work.id)).toEqual([restricted.id, open.id]);
    expect(asReader.facets).toContainEqual({ type: "FREEFORM", name: secretTag, count: 1 });
    expect(asReader.facets).toContainEqual({ type: "FANDOM", name: fandom, count: 2 });
  });

  test("search within results, completion, word counts and crossovers narrow the list", async () => {
    const writer = await makeUser("writer");
    const fandom = unique("Narrow Fandom");
    const other = unique("Second Fandom");
    const crossover = await makeWork(writer.id, { fandoms: `${fandom}, ${other}`, title: unique("Meeting"), expectedChapters: "1" });
    const long = await makeWork(writer.id, { fandoms: fandom, body: "word ".repeat(300), expectedChapters: "?" });
    const ids = async (query: Record<string, string>) =>
      (await filterWorks(parseWorkFilter({ include: fandom, ...query }), null)).works.map((work) => work.id);
    expect(await ids({ crossover: "only" })).toEqual([crossover.id]);
    expect(await ids({ crossover: "exclude" })).toEqual([long.id]);
    expect(await ids({ complete: "true" })).toEqual([crossover.id]);
    expect(await ids({ complete: "false" })).toEqual([long.id]);
    expect(await ids({ words_from: "100" })).toEqual([long.id]);
    expect(await ids({ words_to: "100" })).toEqual([crossover.id]);
    expect(await ids({ q: "meeting" })).toEqual([crossover.id]);
    // Words are found whole or by their beginning, in any order; a tag's name by any part of it.
    expect(await ids({ q: "MEET" })).toEqual([crossover.id]);
    expect(await ids({ q: "eeting" })).toEqual([]);
    expect(await ids({ q: other.slice(3, 12) })).toEqual([crossover.id]);
    expect(await ids({ q: writer.username })).toEqual([long.id, crossover.id]);
    // LIKE wildcards typed by a reader are matched literally.
    expect(await ids({ q: "%" })).toEqual([]);
  });
});
