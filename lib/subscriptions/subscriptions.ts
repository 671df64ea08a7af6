import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { createdByWhere } from "@/lib/creatorships/creator-where";

export type SubscriptionTarget = { workId: number } | { creatorId: number };

function targetWhere(target: SubscriptionTarget) {
  return "workId" in target ? { workId: target.workId } : { subscribedCreatorId: target.creatorId };
}

export async function isSubscribed(subscriberId: number, target: SubscriptionTarget) {
  return (await db.subscription.count({ where: { subscriberId, ...targetWhere(target) } })) > 0;
}

// Subscribes to a posted work the subscriber can read (registered users see restricted works),
// or to another user; never to yourself or your own work. Subscribing twice is harmless.
export async function subscribe(subscriberId: number, target: SubscriptionTarget): Promise<Result> {
  const allowed =
    "workId" in target
      ? await db.work.count({ where: { id: target.workId, posted: true, NOT: createdByWhere(subscriberId) } })
      : target.creatorId !== subscriberId && (await db.user.count({ where: { id: target.creatorId } }));
  if (!allowed) return fail("not_found");
  try {
    await db.subscription.create({ data: { subscriberId, ...targetWhere(target) } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return ok();
}

// The form says which state it wants, so a double click or a stale page asks twice for the same.
export function setSubscription(subscriberId: number, target: SubscriptionTarget, intent: "subscribe" | "unsubscribe") {
  return intent === "subscribe" ? subscribe(subscriberId, target) : unsubscribe(subscriberId, target);
}

// Unsubscribing from what you never subscribed to changes nothing and is no error.
export async function unsubscribe(subscriberId: number, target: SubscriptionTarget): Promise<Result> {
  await db.subscription.deleteMany({ where: { subscriberId, ...targetWhere(target) } });
  return ok();
}
