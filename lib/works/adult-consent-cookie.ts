import type { NextRequest, NextResponse } from "next/server";
import { VIEW_ADULT } from "@/lib/works/adult-content";

// Run by proxy.ts on every request: a "Yes, Continue" link (…?view_adult=true) sets a session
// cookie (no expiry: it ends with the browser session), so the next adult work does not ask again.
export function rememberAdultConsent(request: NextRequest, response: NextResponse, https: boolean) {
  if (request.nextUrl.searchParams.get(VIEW_ADULT) !== "true") return;
  if (request.cookies.get(VIEW_ADULT)?.value === "true") return;
  response.cookies.set(VIEW_ADULT, "true", { path: "/", httpOnly: true, sameSite: "lax", secure: https });
}
