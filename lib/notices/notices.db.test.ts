import { describe, expect, test } from "vitest";
import { addChapter } from "@/lib/chapters/add-chapter";
import { chapterSchema } from "@/lib/chapters/schema";
import { listNotices, markNoticesRead, unreadNoticeCount } from "@/lib/notices/inbox";
import { subscribe } from "@/lib/subscriptions/subscriptions";
import { makeUser, makeWork } from "../../scripts/test/fixtures";

const chapter = chapterSchema.parse({ chapterTitle: "Next", body: "More of the story, at length." });

describe("subscriptions and the inbox", () => {
  test("a new posted chapter reaches the work's subscribers, not drafts and not the creator", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const work = await makeWork(writer.id);
    expect(await subscribe(reader.id, { workId: work.id })).toEqual({ ok: true, value: undefined });
    expect(await subscribe(writer.id, { workId: work.id })).toEqual({ ok: false, code: "not_found" });
    await addChapter(writer.id, work.id, chapter, { draft: true });
    expect(await unreadNoticeCount(reader.id)).toBe(0);
    await addChapter(writer.id, work.id, chapter, { draft: false });
    const { notices } = await listNotices(reader.id, 1);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: "NEW_CHAPTER", work: { id: work.id }, chapter: { position: 3 } });
    expect(await unreadNoticeCount(writer.id)).toBe(0);
  });

  test("subscribing to a creator brings their next posted work; reading clears the count", async () => {
    const writer = await makeUser("writer");
    const fan = await makeUser("fan");
    await subscribe(fan.id, { creatorId: writer.id });
    await subscribe(fan.id, { creatorId: writer.id });
    await makeWork(writer.id, {}, { draft: true });
    const posted = await makeWork(writer.id);
    const { notices } = await listNotices(fan.id, 1);
    expect(notices.map((notice) => [notice.kind, notice.work?.id])).toEqual([["NEW_WORK", posted.id]]);
    expect(await unreadNoticeCount(fan.id)).toBe(1);
    await markNoticesRead(fan.id);
    expect(await unreadNoticeCount(fan.id)).toBe(0);
  });
});
