import "server-only";
import type { Transaction } from "@/lib/db";
import { CREATORS_MAX } from "@/lib/creatorships/limits";
import { fail, ok, type Result } from "@/lib/result";

const FIELD = "coCreators";

// The first half of inviting, run before the form's other writes so a refusal leaves nothing
// behind: the typed usernames as user ids, minus the inviter and anyone already a creator or
// invited. An unknown name is refused beside the field, naming it; so is going past
// CREATORS_MAX (the work is locked by the caller, so concurrent invitations can't both fit).
export async function checkCoCreators(
  tx: Transaction,
  { workId, inviterId, names }: { workId: number | null; inviterId: number; names: string[] },
): Promise<Result<number[]>> {
  if (names.length === 0) return ok([]);
  const keys = names.map((name) => name.toLowerCase());
  const users = await tx.user.findMany({ where: { usernameKey: { in: keys } }, select: { id: true, usernameKey: true } });
  const found = new Set(users.map((user) => user.usernameKey));
  const unknown = names.filter((name) => !found.has(name.toLowerCase()));
  if (unknown.length > 0) return fail("co_creator_unknown", { field: FIELD, params: { names: unknown.join(", "), count: unknown.length } });

  const existing = workId === null ? [] : await tx.creatorship.findMany({ where: { workId }, select: { userId: true } });
  const taken = new Set([inviterId, ...existing.map((row) => row.userId)]);
  const invitees = users.map((user) => user.id).filter((id) => !taken.has(id));
  const total = Math.max(existing.length, 1) + invitees.length;
  if (total > CREATORS_MAX) return fail("co_creators_too_many", { field: FIELD, params: { max: CREATORS_MAX, total } });
  return ok(invitees);
}

// The second half: a pending creatorship and an inbox notice for each invitee, in the caller's
// transaction. Nobody is a creator until they accept.
export async function inviteCoCreators(tx: Transaction, workId: number, inviterId: number, inviteeIds: number[]) {
  if (inviteeIds.length === 0) return;
  const created = await tx.creatorship.createManyAndReturn({
    data: inviteeIds.map((userId) => ({ workId, userId, invitedById: inviterId })),
    skipDuplicates: true,
    select: { userId: true },
  });
  await tx.notice.createMany({ data: created.map(({ userId }) => ({ userId, kind: "CREATOR_INVITATION" as const, workId })) });
}
