import { describe, expect, test } from "vitest";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { bookmarkSchema } from "@/lib/bookmarks/schema";
import { comment, seasonedUser, workWithChapter } from "@/lib/comments/comment-test-fixtures";
import { recordHit } from "@/lib/hits/record-hit";
import { leaveKudos } from "@/lib/kudos/leave-kudos";
import { subscribe } from "@/lib/subscriptions/subscriptions";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";
import { getCreatorStats } from "./creator-stats";
import { parseStatsQuery } from "./stats-params";

// Three works with different figures in every column, none in the tie-breaker's order (newest
// first), so each sort and total can fail.
async function setUp() {
  const writer = await makeUser("statwriter");
  const readers = [await seasonedUser("r1"), await seasonedUser("r2"), await seasonedUser("r3")];
  const alpha = await workWithChapter(writer.id, { title: unique("Alpha"), publishedAt: "2024-05-01", body: "one two three four five" });
  const beta = await workWithChapter(writer.id, { title: unique("Beta"), publishedAt: "2025-02-01", body: "Hello there" });
  const gamma = await workWithChapter(writer.id, { title: unique("Gamma"), publishedAt: "2023-07-01", body: "Hello there friend" });
  await makeWork(writer.id, { title: unique("Draft") }, { draft: true });
  await makeWork((await makeUser("other")).id, { title: unique("Someone else's") });

  for (const visitor of ["a", "b", "c"]) await recordHit(alpha.workId, visitor);
  await recordHit(beta.workId, "a");
  for (const visitor of ["a", "b"]) await recordHit(gamma.workId, visitor);
  await leaveKudos(gamma.workId, { userId: readers[1]!.id });
  await comment(readers[1]!, gamma, "Nice.");
  await comment(readers[2]!, gamma, "Very nice.");
  expect((await createBookmark(readers[1]!, gamma.workId, bookmarkSchema.parse({}))).ok).toBe(true);
  await subscribe(readers[2]!.id, { workId: gamma.workId });
  await leaveKudos(beta.workId, { userId: readers[0]!.id });
  await leaveKudos(beta.workId, { userId: readers[1]!.id });
  await comment(readers[0]!, alpha, "Lovely start.");
  await comment(readers[1]!, beta, "More please.");
  await comment(readers[2]!, beta, "Yes, more.");
  await comment(readers[0]!, beta, "And again.");
  for (const reader of readers) {
    expect((await createBookmark(reader, alpha.workId, bookmarkSchema.parse({}))).ok).toBe(true);
  }
  // A private bookmark is not counted (AO3).
  expect((await createBookmark(readers[0]!, beta.workId, bookmarkSchema.parse({ private: "on" }))).ok).toBe(true);
  await subscribe(readers[0]!.id, { workId: beta.workId });
  await subscribe(readers[1]!.id, { workId: beta.workId });
  await subscribe(readers[2]!.id, { creatorId: writer.id });
  return { writer, alpha: alpha.workId, beta: beta.workId, gamma: gamma.workId };
}

const sorted = async (creatorId: number, sort: string) =>
  (await getCreatorStats(creatorId, parseStatsQuery({ sort }))).works.map((work) => work.id);

describe("creator statistics", () => {
  test("each posted work of the creator with its hits, kudos, comments, bookmarks, words and subscriptions, and the totals", async () => {
    const { writer, alpha, beta, gamma } = await setUp();
    const stats = await getCreatorStats(writer.id, parseStatsQuery({}));
    expect(stats.works.map(({ id, hits, kudos, comments, bookmarks, words, subscriptions }) => ({ id, hits, kudos, comments, bookmarks, words, subscriptions }))).toEqual([
      { id: alpha, hits: 3, kudos: 0, comments: 1, bookmarks: 3, words: 5, subscriptions: 0 },
      { id: gamma, hits: 2, kudos: 1, comments: 2, bookmarks: 1, words: 3, subscriptions: 1 },
      { id: beta, hits: 1, kudos: 2, comments: 3, bookmarks: 0, words: 2, subscriptions: 2 },
    ]);
    expect(stats.totals).toEqual({ hits: 6, kudos: 3, comments: 6, bookmarks: 4, words: 10, subscriptions: 3 });
    expect(stats.years).toEqual([2025, 2024, 2023]);
  });

  test("sorts by each column, largest first, titles A to Z", async () => {
    const { writer, alpha, beta, gamma } = await setUp();
    expect(await sorted(writer.id, "hits")).toEqual([alpha, gamma, beta]);
    expect(await sorted(writer.id, "kudos")).toEqual([beta, gamma, alpha]);
    expect(await sorted(writer.id, "comments")).toEqual([beta, gamma, alpha]);
    expect(await sorted(writer.id, "bookmarks")).toEqual([alpha, gamma, beta]);
    expect(await sorted(writer.id, "words")).toEqual([alpha, gamma, beta]);
    expect(await sorted(writer.id, "subscriptions")).toEqual([beta, gamma, alpha]);
    expect(await sorted(writer.id, "title")).toEqual([alpha, beta, gamma]);
    expect(await sorted(writer.id, "nonsense")).toEqual([alpha, gamma, beta]);
  });

  test("filters by the year of publication, totals included", async () => {
    const { writer, beta } = await setUp();
    const stats = await getCreatorStats(writer.id, parseStatsQuery({ year: "2025" }));
    expect(stats.works.map((work) => work.id)).toEqual([beta]);
    expect(stats.totals).toEqual({ hits: 1, kudos: 2, comments: 3, bookmarks: 0, words: 2, subscriptions: 2 });
    expect((await getCreatorStats(writer.id, parseStatsQuery({ year: "1999" }))).works).toEqual([]);
    expect(parseStatsQuery({ year: "20x5" }).year).toBeUndefined();
  });
});
