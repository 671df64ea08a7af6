import "server-only";
import { db } from "@/lib/db";
import { MUTED_USERS_MAX } from "@/lib/muting/limits";
import { fail, ok, type Result } from "@/lib/result";

// Mutes another existing user. The muter's row is locked while counting, so two mutes sent at
// once cannot both pass the cap; muting someone already muted is harmless.
export async function muteUser(muterId: number, mutedId: number): Promise<Result> {
  if (muterId === mutedId) return fail("not_found");
  return db.$transaction(async (tx): Promise<Result> => {
    const [muter] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE id = ${muterId} FOR NO KEY UPDATE`;
    if (!muter || !(await tx.user.count({ where: { id: mutedId } }))) return fail("not_found");
    if (await tx.mute.count({ where: { muterId, mutedId } })) return ok();
    if ((await tx.mute.count({ where: { muterId } })) >= MUTED_USERS_MAX) return fail("mute_limit", { params: { max: MUTED_USERS_MAX } });
    await tx.mute.create({ data: { muterId, mutedId } });
    return ok();
  });
}

// Unmuting someone never muted changes nothing and is no error.
export async function unmuteUser(muterId: number, mutedId: number): Promise<Result> {
  await db.mute.deleteMany({ where: { muterId, mutedId } });
  return ok();
}

export function setMute(muterId: number, mutedId: number, intent: "mute" | "unmute") {
  return intent === "mute" ? muteUser(muterId, mutedId) : unmuteUser(muterId, mutedId);
}
