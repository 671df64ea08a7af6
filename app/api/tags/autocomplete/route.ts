import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { cleanText } from "@/lib/params/clean-text";
import { autocompleteTags, isAutocompleteType } from "@/lib/tags/autocomplete";

export async function GET(request: NextRequest) {
  const type = request.nextUrl.searchParams.get("type") ?? "";
  const typed = cleanText(request.nextUrl.searchParams.get("q") ?? "").slice(0, 150);
  if (!isAutocompleteType(type)) return NextResponse.json({ error: "Unknown tag type." }, { status: 400 });
  const viewer = await getCurrentUser();
  const tags = await autocompleteTags(type, typed, viewer);
  // A guest's answer is the same for every guest: a short shared cache absorbs every keystroke.
  // A signed-in writer's includes restricted works and their own drafts, so it stays private.
  const cacheControl = viewer ? "private, max-age=60" : "public, max-age=60";
  return NextResponse.json({ tags }, { headers: { "Cache-Control": cacheControl } });
}
