import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { comesFromAnotherSite } from "@/lib/http/request-guard";
import { saveReadingPosition } from "@/lib/readings/save-position";
import { readingPositionSchema } from "@/lib/readings/schema";

// A chapter page's beacon (components/readings/reading-position.tsx). Only from this site's own
// pages, only for the logged-in reader's own history row; anything else changes nothing.
export async function POST(request: NextRequest) {
  if (comesFromAnotherSite({ headers: request.headers, publicUrl: process.env.NEXTAUTH_URL })) return new NextResponse(null, { status: 403 });
  const viewer = await getCurrentUser();
  if (!viewer) return new NextResponse(null, { status: 401 });
  const parsed = readingPositionSchema.safeParse(Object.fromEntries(new URLSearchParams(await request.text())));
  if (!parsed.success) return new NextResponse(null, { status: 400 });
  const { workId, chapterId, position } = parsed.data;
  await saveReadingPosition(viewer.id, workId, chapterId, position);
  return new NextResponse(null, { status: 204 });
}
