import "server-only";
import { headers } from "next/headers";

// This site's origin as the reader's browser sees it: NEXTAUTH_URL when set (next-auth needs it
// to be the public origin anyway), else the Host the request came to.
export async function siteOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return new URL(process.env.NEXTAUTH_URL).origin;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}
