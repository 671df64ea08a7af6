import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { workBlurbSelect } from "@/lib/works/blurb-select";
import { listedWorksWhere } from "@/lib/works/visibility";

export const GIFTS_PER_PAGE = 20;

// The recipients of a work shown as "for …" (refused gifts are not).
export async function listWorkRecipients(workId: number) {
  const gifts = await db.gift.findMany({
    where: { workId, refusedAt: null },
    orderBy: { id: "asc" },
    select: { recipient: { select: { id: true, username: true } } },
  });
  return gifts.map((gift) => gift.recipient);
}

// The "Gift this work to" field's starting value on the edit form.
export async function giftsFormValue(workId: number) {
  return (await listWorkRecipients(workId)).map((recipient) => recipient.username).join(", ");
}

// Gifts a user received that this viewer may list: posted works only, restricted ones only for
// logged-in readers, refused ones never. Newest gift first.
export async function listGiftsReceived(recipientId: number, viewer: Viewer | null, page: number) {
  const where = { recipientId, refusedAt: null, work: listedWorksWhere(viewer) };
  const [gifts, total] = await Promise.all([
    db.gift.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * GIFTS_PER_PAGE,
      take: GIFTS_PER_PAGE,
      select: { work: { select: workBlurbSelect } },
    }),
    db.gift.count({ where }),
  ]);
  return { works: gifts.map((gift) => gift.work), total, pageCount: Math.max(1, Math.ceil(total / GIFTS_PER_PAGE)) };
}
