import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { listNotices } from "@/lib/notices/inbox";
import { getSeries } from "@/lib/series/get-series";
import { getSeriesPlace } from "@/lib/series/get-series-place";
import { updateSeries } from "@/lib/series/update-series";
import { editSeriesSchema } from "@/lib/series/schema";
import { subscribe } from "@/lib/subscriptions/subscriptions";
import { postWork } from "@/lib/works/post-work";
import { workMetadataSchema } from "@/lib/works/schema";
import { deleteWork } from "@/lib/works/delete-work";
import { updateWork } from "@/lib/works/update-work";
import { makeUser, makeWork, unique, workInput } from "../../scripts/test/fixtures";

// The edit form's fields as a submit sends them.
const metadata = (overrides: Record<string, string>) =>
  workMetadataSchema.parse({ rating: "General Audiences", warnings: ["No Archive Warnings Apply"], fandoms: "Test Fandom", title: unique("Edited"), ...overrides });

const asViewer = (user: { id: number; username: string }) => ({ ...user, role: "USER" as const });

async function seriesOf(workId: number) {
  return db.seriesWork.findUniqueOrThrow({ where: { workId }, select: { seriesId: true, position: true } });
}

describe("series", () => {
  test("works join a series by title as its next parts; the title is found case-insensitively", async () => {
    const writer = await makeUser("writer");
    const title = unique("Saga");
    const first = await makeWork(writer.id, { series: title });
    const second = await makeWork(writer.id, { series: title.toUpperCase() });
    const [a, b] = [await seriesOf(first.id), await seriesOf(second.id)];
    expect(b.seriesId).toBe(a.seriesId);
    expect([a.position, b.position]).toEqual([1, 2]);
    expect(await db.series.count({ where: { creatorId: writer.id } })).toBe(1);
  });

  test("another writer's series of the same title is not joined", async () => {
    const [one, two] = [await makeUser("writer"), await makeUser("writer")];
    const title = unique("Drabbles");
    const mine = await makeWork(one.id, { series: title });
    const theirs = await makeWork(two.id, { series: title });
    expect((await seriesOf(mine.id)).seriesId).not.toBe((await seriesOf(theirs.id)).seriesId);
  });

  test("concurrent additions to one series get distinct positions", async () => {
    const writer = await makeUser("writer");
    const title = unique("Race");
    await makeWork(writer.id, { series: title });
    const results = await Promise.all(Array.from({ length: 6 }, () => postWork(writer.id, workInput({ series: title }), { draft: false })));
    expect(results.every((result) => result.ok)).toBe(true);
    const links = await db.seriesWork.findMany({ where: { series: { creatorId: writer.id } }, orderBy: { position: "asc" } });
    expect(links.map((link) => link.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test("concurrent first posts to a new series title make one series", async () => {
    const writer = await makeUser("writer");
    const title = unique("Fresh");
    const results = await Promise.all(Array.from({ length: 4 }, () => postWork(writer.id, workInput({ series: title }), { draft: false })));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.series.count({ where: { creatorId: writer.id } })).toBe(1);
    expect((await db.seriesWork.findMany({ where: { series: { creatorId: writer.id } } })).map((link) => link.position).sort()).toEqual([1, 2, 3, 4]);
  });

  test("previous and next skip drafts for everyone and restricted works for guests", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const title = unique("Chain");
    const one = await makeWork(writer.id, { series: title });
    const draft = await makeWork(writer.id, { series: title }, { draft: true });
    const restricted = await makeWork(writer.id, { series: title, restricted: "on" });
    const four = await makeWork(writer.id, { series: title });

    const guestView = await getSeriesPlace(four.id, null);
    expect(guestView).toMatchObject({ part: 3, previousWorkId: one.id, nextWorkId: null });
    expect(await getSeriesPlace(one.id, null)).toMatchObject({ part: 1, previousWorkId: null, nextWorkId: four.id });
    expect(await getSeriesPlace(one.id, asViewer(reader))).toMatchObject({ nextWorkId: restricted.id });
    expect(await getSeriesPlace(four.id, asViewer(reader))).toMatchObject({ previousWorkId: restricted.id });
    expect(await getSeriesPlace(restricted.id, asViewer(reader))).toMatchObject({ part: 2, previousWorkId: one.id, nextWorkId: four.id });
    // The creator's own draft is in the series too, but readers are never sent to it.
    expect(await getSeriesPlace(draft.id, asViewer(writer))).toMatchObject({ part: 2, previousWorkId: one.id, nextWorkId: restricted.id });
  });

  test("the series page counts the words of the works its viewer may see, and is 404 when there are none", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const title = unique("Counted");
    const open = await makeWork(writer.id, { series: title, body: "one two three four" });
    const restricted = await makeWork(writer.id, { series: title, restricted: "on", body: "five six seven eight nine ten" });
    await makeWork(writer.id, { series: title, body: "a draft of eleven words is never counted here at all ok" }, { draft: true });
    const { seriesId } = await seriesOf(open.id);

    const asGuest = await getSeries(seriesId, null);
    expect(asGuest?.works.map((work) => work.id)).toEqual([open.id]);
    expect(asGuest?.wordCount).toBe(4);
    const asReader = await getSeries(seriesId, asViewer(reader));
    expect(asReader?.works.map((work) => work.id)).toEqual([open.id, restricted.id]);
    expect(asReader?.wordCount).toBe(10);

    const hidden = await makeWork(writer.id, { series: unique("Hidden"), restricted: "on" });
    expect(await getSeries((await seriesOf(hidden.id)).seriesId, null)).toBeNull();
    expect(await getSeries((await seriesOf(hidden.id)).seriesId, asViewer(reader))).not.toBeNull();
  });

  test("editing: an empty Series takes the work out (the last one removes the series); a new title moves it", async () => {
    const writer = await makeUser("writer");
    const first = unique("First");
    const work = await makeWork(writer.id, { series: first });
    const { seriesId } = await seriesOf(work.id);
    const edit = (series: string) =>
      updateWork(writer.id, work.id, metadata({ series, title: "Same" }), { post: false });
    expect((await edit(first)).ok).toBe(true);
    expect((await seriesOf(work.id)).seriesId).toBe(seriesId);
    expect((await edit(unique("Second"))).ok).toBe(true);
    expect((await seriesOf(work.id)).seriesId).not.toBe(seriesId);
    expect(await db.series.count({ where: { id: seriesId } })).toBe(0);
    expect((await edit("")).ok).toBe(true);
    expect(await db.seriesWork.count({ where: { workId: work.id } })).toBe(0);
  });

  test("deleting the last work of a series removes the series", async () => {
    const writer = await makeUser("writer");
    const title = unique("Short");
    const [one, two] = [await makeWork(writer.id, { series: title }), await makeWork(writer.id, { series: title })];
    const { seriesId } = await seriesOf(one.id);
    expect((await deleteWork(writer.id, one.id)).ok).toBe(true);
    expect(await db.series.count({ where: { id: seriesId } })).toBe(1);
    expect(await getSeriesPlace(two.id, null)).toMatchObject({ part: 1, previousWorkId: null });
    expect((await deleteWork(writer.id, two.id)).ok).toBe(true);
    expect(await db.series.count({ where: { id: seriesId } })).toBe(0);
  });

  test("the schema refuses a series title over 255 characters", () => {
    expect(() => workInput({ series: "x".repeat(256) })).toThrow(/Series title must be 255 characters or fewer/);
    expect(workInput({ series: "x".repeat(255) }).series).toHaveLength(255);
  });

  test("subscribers hear of a new posted part, not of drafts until they are posted", async () => {
    const writer = await makeUser("writer");
    const fan = await makeUser("fan");
    const title = unique("Followed");
    const first = await makeWork(writer.id, { series: title });
    const { seriesId } = await seriesOf(first.id);
    expect((await subscribe(fan.id, { seriesId })).ok).toBe(true);
    expect(await subscribe(writer.id, { seriesId })).toEqual({ ok: false, code: "not_found" });
    const draft = await makeWork(writer.id, { series: title }, { draft: true });
    expect((await listNotices(fan.id, 1)).notices).toHaveLength(0);
    await updateWork(writer.id, draft.id, metadata({ series: title }), { post: true });
    const { notices } = await listNotices(fan.id, 1);
    expect(notices.map((notice) => [notice.kind, notice.work?.id, notice.series?.id])).toEqual([["NEW_SERIES_PART", draft.id, seriesId]]);
  });

  test("only the creator edits the series; titles stay unique per creator", async () => {
    const writer = await makeUser("writer");
    const other = await makeUser("other");
    const taken = unique("Taken");
    await makeWork(writer.id, { series: taken });
    const work = await makeWork(writer.id, { series: unique("Mine") });
    const { seriesId } = await seriesOf(work.id);
    const input = editSeriesSchema.parse({ title: "Renamed", summary: "About <b>it</b>", complete: "on" });
    expect(await updateSeries(other.id, seriesId, input)).toEqual({ ok: false, code: "not_found" });
    expect(await updateSeries(writer.id, seriesId, { ...input, title: taken.toLowerCase() })).toMatchObject({ ok: false, code: "series_title_taken", field: "title" });
    expect((await updateSeries(writer.id, seriesId, input)).ok).toBe(true);
    expect(await db.series.findUniqueOrThrow({ where: { id: seriesId } })).toMatchObject({ title: "Renamed", complete: true, summary: "<p>About <b>it</b></p>" });
  });
});
