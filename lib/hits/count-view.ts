import "server-only";
import { after } from "next/server";
import type { Viewer } from "@/lib/auth/session";
import { recordHit } from "@/lib/hits/record-hit";
import { recordReading } from "@/lib/readings/record-reading";
import { guestVisitorKey } from "@/lib/visitors/visitor-key";

// Counts a reader's view once the page has been sent, so the page never waits on the writes: a
// hit, and for a logged-in reader the work (and the chapter shown) at the top of their history.
// Its creators' own views count as neither (AO3).
// `reading`: the chapter shown, and whether showing it moves the reader's place (see recordReading).
export async function countView(
  work: { id: number; posted: boolean; isCreator: boolean },
  viewer: Viewer | null,
  reading: { chapterId: number | null; movesPlace: boolean } = { chapterId: null, movesPlace: false },
) {
  if (!work.posted || work.isCreator) return;
  // Request data must be read while rendering; only the writes wait until after the response.
  const visitorKey = viewer ? `user:${viewer.id}` : await guestVisitorKey();
  after(() => recordHit(work.id, visitorKey).catch((error: unknown) => console.error("Could not record a hit", error)));
  if (viewer) {
    after(() => recordReading(viewer.id, work.id, reading.chapterId, { movesPlace: reading.movesPlace }).catch((error: unknown) => console.error("Could not record a reading", error)));
  }
}
