import "server-only";
import { after } from "next/server";
import type { Viewer } from "@/lib/auth/session";
import { recordHit } from "@/lib/hits/record-hit";
import { guestVisitorKey } from "@/lib/visitors/visitor-key";

// Counts a reader's view once the page has been sent, so the page never waits on the write.
// Its creators' own views do not count (AO3).
export async function countView(work: { id: number; posted: boolean; isCreator: boolean }, viewer: Viewer | null) {
  if (!work.posted || work.isCreator) return;
  // Request data must be read while rendering; only the write waits until after the response.
  const visitorKey = viewer ? `user:${viewer.id}` : await guestVisitorKey();
  after(() => recordHit(work.id, visitorKey).catch((error: unknown) => console.error("Could not record a hit", error)));
}
