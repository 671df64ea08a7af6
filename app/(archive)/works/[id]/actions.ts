"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/form-state";
import { leaveKudos, type LeaveKudosResult } from "@/lib/kudos/leave-kudos";
import { subscribe, unsubscribe } from "@/lib/subscriptions/subscriptions";
import { guestVisitorKey } from "@/lib/visitors/visitor-key";

const KUDOS_MESSAGES: Record<LeaveKudosResult, { status: FormState["status"]; message: string }> = {
  thanks: { status: "success", message: "Thank you for leaving kudos!" },
  already: { status: "error", message: "You have already left kudos here. :)" },
  own_work: { status: "error", message: "You can't leave kudos on your own work." },
  not_found: { status: "error", message: "Sorry, that work can't receive kudos." },
};

// The giver is the session's user, or — for a guest — a keyed hash of their connection.
export async function giveKudos(workId: number): Promise<FormState> {
  const user = await getCurrentUser();
  const result = await leaveKudos(workId, user ? { userId: user.id } : { guestKey: await guestVisitorKey() });
  if (result === "thanks") revalidatePath(`/works/${workId}`, "layout");
  return { ...KUDOS_MESSAGES[result], fieldErrors: {}, values: {} };
}

export async function toggleWorkSubscription(workId: number, subscribed: boolean) {
  const user = await requireUser();
  if (subscribed) await unsubscribe(user.id, { workId });
  else await subscribe(user.id, { workId });
  revalidatePath(`/works/${workId}`, "layout");
}
