import NextAuth from "next-auth";
import { retryAfterFromLogInError } from "@/lib/auth/log-in-limits";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

// next-auth answers a refused log-in with 200 and `{ url: "…?error=<message>" }`. A log-in refused
// by the limit becomes a 429 with Retry-After, with the same body, which next-auth's client still
// reads (signIn resolves to { ok: false, status: 429, error }).
async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const response: Response = await handler(request, context);
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const body: unknown = await response.clone().json().catch(() => null);
  const url = typeof body === "object" && body && "url" in body && typeof body.url === "string" ? body.url : null;
  const seconds = url ? retryAfterFromLogInError(URL.canParse(url) ? new URL(url).searchParams.get("error") : null) : null;
  if (seconds === null) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(seconds));
  return new Response(response.body, { status: 429, headers });
}

export { handler as GET, POST };
