import { NextResponse, type NextRequest } from "next/server";
import { autocompleteTags, isTagType } from "@/lib/tags/autocomplete";

export async function GET(request: NextRequest) {
  const type = request.nextUrl.searchParams.get("type") ?? "";
  const typed = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 150);
  if (!isTagType(type)) return NextResponse.json({ error: "Unknown tag type." }, { status: 400 });
  const tags = await autocompleteTags(type, typed);
  // Tag names are public; a short shared cache absorbs every keystroke of many writers.
  return NextResponse.json({ tags }, { headers: { "Cache-Control": "public, max-age=60" } });
}
