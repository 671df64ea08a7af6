import "server-only";
import { createHmac } from "node:crypto";
import { requestClientAddress } from "@/lib/visitors/request-client-address";

// Identifies a guest (for one kudos per work, one hit per day) without storing their address:
// an HMAC of the client address under the server secret, so it cannot be reversed or recomputed
// by anyone who reads the database. Only the address counts, as on AO3 (one guest kudos per IP
// per work): a User-Agent, like any header the client writes, would let one client be many guests.
export function guestKeyFor(address: string): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
  return createHmac("sha256", secret).update(address).digest("hex");
}

export async function guestVisitorKey(): Promise<string> {
  return guestKeyFor(await requestClientAddress());
}
