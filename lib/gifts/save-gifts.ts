import "server-only";
import type { Transaction } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";

export type GiftRecipient = { id: number; username: string };

// The form's usernames as accounts, checked before the work is written: an unknown name, the
// giver themself, or someone who refused this work before is refused beside the field.
export async function resolveGiftRecipients(
  tx: Transaction,
  { giverId, workId, usernames }: { giverId: number; workId: number | null; usernames: string[] },
): Promise<Result<GiftRecipient[]>> {
  if (usernames.length === 0) return ok([]);
  const users = await tx.user.findMany({
    where: { usernameKey: { in: usernames.map((name) => name.toLowerCase()) } },
    select: { id: true, username: true, usernameKey: true },
  });
  const byKey = new Map(users.map((user) => [user.usernameKey, user]));
  const refusedBy = new Set(
    workId === null
      ? []
      : (await tx.gift.findMany({ where: { workId, refusedAt: { not: null } }, select: { recipientId: true } })).map((gift) => gift.recipientId),
  );
  const recipients: GiftRecipient[] = [];
  for (const name of usernames) {
    const user = byKey.get(name.toLowerCase());
    if (!user) return fail("gift_unknown_user", { field: "gifts", params: { name } });
    if (user.id === giverId) return fail("gift_to_self", { field: "gifts" });
    if (refusedBy.has(user.id)) return fail("gift_refused", { field: "gifts", params: { name: user.username } });
    recipients.push({ id: user.id, username: user.username });
  }
  return ok(recipients);
}

// Makes the work's gifts exactly these recipients (refused ones stay refused), in the posting or
// editing transaction. Recipients hear of a gift when they can first read it: at once for a
// posted work, when it is posted for a draft.
export async function saveGifts(
  tx: Transaction,
  { workId, recipients, posted, postingNow }: { workId: number; recipients: GiftRecipient[]; posted: boolean; postingNow: boolean },
) {
  const ids = recipients.map((recipient) => recipient.id);
  await tx.gift.deleteMany({ where: { workId, refusedAt: null, recipientId: { notIn: ids } } });
  const existing = new Set((await tx.gift.findMany({ where: { workId, recipientId: { in: ids } }, select: { recipientId: true } })).map((gift) => gift.recipientId));
  const added = ids.filter((id) => !existing.has(id));
  await tx.gift.createMany({ data: added.map((recipientId) => ({ workId, recipientId })), skipDuplicates: true });
  const toNotify = postingNow ? ids : posted ? added : [];
  if (toNotify.length > 0) {
    await tx.notice.createMany({ data: toNotify.map((userId) => ({ userId, kind: "GIFT" as const, workId })) });
  }
}
