import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { listGiftsReceived, listWorkRecipients } from "@/lib/gifts/list-gifts";
import { refuseGift } from "@/lib/gifts/refuse-gift";
import { listNotices } from "@/lib/notices/inbox";
import { postWork } from "@/lib/works/post-work";
import { workMetadataSchema } from "@/lib/works/schema";
import { updateWork } from "@/lib/works/update-work";
import { makeUser, makeWork, unique, workInput } from "../../scripts/test/fixtures";

// The edit form's fields as a submit sends them.
const metadata = (overrides: Record<string, string>) =>
  workMetadataSchema.parse({ rating: "General Audiences", warnings: ["No Archive Warnings Apply"], fandoms: "Test Fandom", title: unique("Edited"), ...overrides });

const asViewer = (user: { id: number; username: string }) => ({ ...user, role: "USER" as const });

describe("gifts", () => {
  test("a posted gift reaches its recipients, whose names the work shows", async () => {
    const writer = await makeUser("writer");
    const [alice, bob] = [await makeUser("alice"), await makeUser("bob")];
    const work = await makeWork(writer.id, { gifts: `${alice.username.toUpperCase()}, ${bob.username}, ${alice.username}` });
    expect((await listWorkRecipients(work.id)).map((user) => user.username)).toEqual([alice.username, bob.username]);
    for (const user of [alice, bob]) {
      expect((await listNotices(user.id, 1)).notices.map((notice) => [notice.kind, notice.work?.id])).toEqual([["GIFT", work.id]]);
    }
  });

  test("an unknown username or the giver themself is refused beside the field, and nothing is posted", async () => {
    const writer = await makeUser("writer");
    const title = unique("Unposted");
    const missing = unique("nobody");
    expect(await postWork(writer.id, workInput({ title, gifts: missing }), { draft: false })).toEqual({
      ok: false,
      code: "gift_unknown_user",
      field: "gifts",
      params: { name: missing },
    });
    expect(await postWork(writer.id, workInput({ title, gifts: writer.username }), { draft: false })).toMatchObject({ code: "gift_to_self", field: "gifts" });
    expect(await db.work.count({ where: { title } })).toBe(0);
  });

  test("a draft's recipients hear of it when it is posted, not before", async () => {
    const writer = await makeUser("writer");
    const alice = await makeUser("alice");
    const draft = await makeWork(writer.id, { gifts: alice.username }, { draft: true });
    expect((await listNotices(alice.id, 1)).notices).toHaveLength(0);
    expect((await listGiftsReceived(alice.id, asViewer(alice), 1)).works).toHaveLength(0);
    await updateWork(writer.id, draft.id, metadata({ gifts: alice.username }), { post: true });
    expect((await listNotices(alice.id, 1)).notices.map((notice) => notice.kind)).toEqual(["GIFT"]);
    expect((await listGiftsReceived(alice.id, null, 1)).works.map((work) => work.id)).toEqual([draft.id]);
  });

  test("restricted gifts are listed only to logged-in readers", async () => {
    const writer = await makeUser("writer");
    const alice = await makeUser("alice");
    const open = await makeWork(writer.id, { gifts: alice.username });
    const restricted = await makeWork(writer.id, { gifts: alice.username, restricted: "on" });
    expect((await listGiftsReceived(alice.id, null, 1)).works.map((work) => work.id)).toEqual([open.id]);
    expect((await listGiftsReceived(alice.id, asViewer(writer), 1)).works.map((work) => work.id).sort()).toEqual([open.id, restricted.id].sort());
  });

  test("a recipient refuses a gift: it leaves the work and their gifts, only they can refuse it, and it can't be given again", async () => {
    const writer = await makeUser("writer");
    const [alice, bob] = [await makeUser("alice"), await makeUser("bob")];
    const work = await makeWork(writer.id, { gifts: `${alice.username}, ${bob.username}` });
    expect(await refuseGift(writer.id, work.id)).toEqual({ ok: false, code: "not_found" });
    expect(await refuseGift(alice.id, work.id)).toEqual({ ok: true, value: undefined });
    expect(await refuseGift(alice.id, work.id)).toEqual({ ok: false, code: "not_found" });
    expect((await listWorkRecipients(work.id)).map((user) => user.id)).toEqual([bob.id]);
    expect((await listGiftsReceived(alice.id, asViewer(alice), 1)).total).toBe(0);
    expect((await listGiftsReceived(bob.id, asViewer(bob), 1)).total).toBe(1);
    const again = await updateWork(writer.id, work.id, metadata({ gifts: `${bob.username}, ${alice.username}` }), { post: false });
    expect(again).toMatchObject({ ok: false, code: "gift_refused", field: "gifts" });
  });

  test("editing the recipients removes the dropped ones and notifies only the new ones", async () => {
    const writer = await makeUser("writer");
    const [alice, bob] = [await makeUser("alice"), await makeUser("bob")];
    const work = await makeWork(writer.id, { gifts: alice.username });
    await updateWork(writer.id, work.id, metadata({ gifts: bob.username }), { post: false });
    expect((await listWorkRecipients(work.id)).map((user) => user.id)).toEqual([bob.id]);
    expect((await listNotices(alice.id, 1)).notices).toHaveLength(1);
    expect((await listNotices(bob.id, 1)).notices).toHaveLength(1);
  });
});
