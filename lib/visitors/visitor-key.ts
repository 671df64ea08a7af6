import "server-only";
import { createHmac } from "node:crypto";
import { headers } from "next/headers";

// The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (Next's own
// server adds it for direct connections; earlier entries can be forged by the client).
function clientAddress(list: Headers): string {
  const forwarded = list.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? list.get("x-real-ip") ?? "unknown";
}

// Identifies a guest (for one kudos per work, one hit per day) without storing their address:
// an HMAC of address and user agent under the server secret, so it cannot be reversed or
// recomputed by anyone who reads the database.
export async function guestVisitorKey(): Promise<string> {
  const list = await headers();
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
  return createHmac("sha256", secret)
    .update(`${clientAddress(list)}\n${list.get("user-agent") ?? ""}`)
    .digest("hex");
}
