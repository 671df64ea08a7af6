import { NextResponse, type NextRequest } from "next/server";
import { renewSession } from "@/lib/auth/session-cookie";
import { hasMalformedEncoding } from "@/lib/http/malformed-path";
import { refuseRequest } from "@/lib/http/request-guard";

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

// Next 16's request hook (formerly middleware). It only turns away malformed addresses and
// refuses oversized and cross-site posts; authentication stays in pages and actions
// (requireUser), where it cannot be routed around.
export function proxy(request: NextRequest) {
  // A path no route can have: shown as the archive's own "Page not found", header and all.
  if (hasMalformedEncoding(request.nextUrl.pathname)) {
    return NextResponse.rewrite(new URL("/not-a-page/malformed-address", request.url));
  }
  const refusal = refuseRequest({ method: request.method, headers: request.headers, publicUrl: process.env.NEXTAUTH_URL });
  if (!refusal) return renewSession(request, NextResponse.next());
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Not accepted | Folio</title>` +
    `<body><h1>Sorry, that wasn't accepted</h1><p>${escapeHtml(refusal.message)}</p><p><a href="/">Back to Folio</a></p></body></html>`;
  return new NextResponse(html, { status: refusal.status, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

export const config = {
  // Everything but the build's static files, which are never posted to.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
