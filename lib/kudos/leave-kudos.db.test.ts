import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { leaveKudos } from "@/lib/kudos/leave-kudos";
import { kudosSummary } from "@/lib/kudos/kudos-summary";
import { makeUser, makeWork } from "../../scripts/test/fixtures";

const kudosCount = async (id: number) => (await db.work.findUniqueOrThrow({ where: { id }, select: { kudosCount: true } })).kudosCount;

describe("leaveKudos", () => {
  test("a reader cannot leave kudos twice", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const work = await makeWork(writer.id);
    expect(await leaveKudos(work.id, { userId: reader.id })).toEqual({ ok: true, value: undefined });
    expect(await leaveKudos(work.id, { userId: reader.id })).toEqual({ ok: false, code: "kudos_already" });
    expect(await kudosCount(work.id)).toBe(1);
  });

  test("concurrent clicks count once", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const work = await makeWork(writer.id);
    const results = await Promise.all(Array.from({ length: 6 }, () => leaveKudos(work.id, { userId: reader.id })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await kudosCount(work.id)).toBe(1);
  });

  test("a creator cannot leave kudos on their own work", async () => {
    const writer = await makeUser("writer");
    const work = await makeWork(writer.id);
    expect(await leaveKudos(work.id, { userId: writer.id })).toEqual({ ok: false, code: "kudos_own_work" });
    expect(await kudosCount(work.id)).toBe(0);
  });

  test("guests count once per visitor key and never on restricted works or drafts", async () => {
    const writer = await makeUser("writer");
    const open = await makeWork(writer.id);
    const restricted = await makeWork(writer.id, { restricted: "on" });
    const draft = await makeWork(writer.id, {}, { draft: true });
    expect(await leaveKudos(open.id, { guestKey: "g1" })).toEqual({ ok: true, value: undefined });
    expect(await leaveKudos(open.id, { guestKey: "g1" })).toEqual({ ok: false, code: "kudos_already" });
    expect(await leaveKudos(open.id, { guestKey: "g2" })).toEqual({ ok: true, value: undefined });
    expect(await leaveKudos(restricted.id, { guestKey: "g1" })).toEqual({ ok: false, code: "not_found" });
    expect(await leaveKudos(draft.id, { guestKey: "g1" })).toEqual({ ok: false, code: "not_found" });
    const summary = await kudosSummary(open.id);
    expect(summary).toEqual({ names: [], moreUsers: 0, guests: 2 });
  });

  test("the summary names registered givers newest first", async () => {
    const writer = await makeUser("writer");
    const alice = await makeUser("alice");
    const bob = await makeUser("bob");
    const work = await makeWork(writer.id);
    await leaveKudos(work.id, { userId: alice.id });
    await leaveKudos(work.id, { userId: bob.id });
    expect((await kudosSummary(work.id)).names).toEqual([bob.username, alice.username]);
  });
});
