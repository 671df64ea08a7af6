import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { createdByWhere } from "@/lib/creatorships/creator-where";

export type SubscriptionTarget = { workId: number } | { creatorId: number } | { seriesId: number };

function targetWhere(target: SubscriptionTarget) {
  if ("workId" in target) return { workId: target.workId };
  if ("seriesId" in target) return { seriesId: target.seriesId };
  return { subscribedCreatorId: target.creatorId };
}

// What may be subscribed to: a posted work, a series with a posted part, or another user — never
// yourself or your own work or series.
async function mayFollow(subscriberId: number, target: SubscriptionTarget) {
  if ("workId" in target) return (await db.work.count({ where: { id: target.workId, posted: true, NOT: createdByWhere(subscriberId) } })) > 0;
  if ("seriesId" in target) {
    return (await db.series.count({ where: { id: target.seriesId, creatorId: { not: subscriberId }, works: { some: { work: { posted: true } } } } })) > 0;
  }
  return target.creatorId !== subscriberId && (await db.user.count({ where: { id: target.creatorId } })) > 0;
}

export async function isSubscribed(subscriberId: number, target: SubscriptionTarget) {
  return (await db.subscription.count({ where: { subscriberId, ...targetWhere(target) } })) > 0;
}

// Subscribes to what the subscriber can read (registered users see restricted works).
// Subscribing twice is harmless.
export async function subscribe(subscriberId: number, target: SubscriptionTarget): Promise<Result> {
  if (!(await mayFollow(subscriberId, target))) return fail("not_found");
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
