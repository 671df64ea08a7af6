import { NextResponse, type NextRequest } from "next/server";
import { renewSession } from "@/lib/auth/session-cookie";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/database-unavailable";
import { isDatabaseAvailable } from "@/lib/db-health";
import { markPost, rememberPost } from "@/lib/db-routing";
import { hasMalformedEncoding } from "@/lib/http/malformed-path";
import { plainPage } from "@/lib/http/plain-page";
import { refuseRequest } from "@/lib/http/request-guard";
import { createNonce, isHttpsOrigin, securityHeaders } from "@/lib/http/security-headers";
import { rememberAdultConsent } from "@/lib/works/adult-consent-cookie";

function htmlResponse(html: string, status: number, headers: Record<string, string> = {}) {
  return new NextResponse(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", ...headers } });
}

// Next 16's request hook (formerly middleware). It only turns away malformed addresses and
// refuses oversized and cross-site posts; authentication stays in pages and actions
// (requireUser), where it cannot be routed around.
async function answer(request: NextRequest, requestHeaders: Headers): Promise<NextResponse> {
  // A path no route can have: shown as the archive's own "Page not found", header and all.
  if (hasMalformedEncoding(request.nextUrl.pathname)) {
    return NextResponse.rewrite(new URL("/not-a-page/malformed-address", request.url), { request: { headers: requestHeaders } });
  }
  const refusal = refuseRequest({ method: request.method, headers: request.headers, publicUrl: process.env.NEXTAUTH_URL });
  if (refusal) {
    return htmlResponse(plainPage({ title: "Not accepted", heading: "Sorry, that wasn't accepted", message: refusal.message }), refusal.status);
  }
  if (!(await isDatabaseAvailable())) {
    const page = plainPage({ title: "Taking a short break", heading: "Back soon", message: DATABASE_UNAVAILABLE_MESSAGE });
    return htmlResponse(page, 503, { "Retry-After": "60", "Cache-Control": "no-store" });
  }
  // A session in use is renewed here: pages read it but cannot set cookies.
  return renewSession(request, NextResponse.next({ request: { headers: requestHeaders } }));
}

export async function proxy(request: NextRequest) {
  // Next reads the nonce from the request's CSP header and sets it on the scripts it renders.
  const https = isHttpsOrigin(process.env.NEXTAUTH_URL);
  const headers = securityHeaders({
    nonce: createNonce(),
    https,
    development: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  // A post may write: it and the browser's next pages read the primary database (lib/db-routing.ts).
  const posted = markPost(request, requestHeaders);
  const response = await answer(request, requestHeaders);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  rememberAdultConsent(request, response, https);
  rememberPost(posted, response, https);
  return response;
}

export const config = {
  // Everything but the build's static files, which are never posted to (next.config.js gives
  // them nosniff).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
