import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom, trustedHopsFrom } from "@/lib/visitors/client-address";
import { peerMark } from "@/lib/visitors/socket-address-hook";

// The one way server code learns who is asking: guest keys and abuse limits both come here.
export function clientAddressOf(list: Headers): string {
  return clientAddressFrom(list, { trustedHops: trustedHopsFrom(process.env.TRUST_PROXY), peerMark: peerMark() });
}

export async function requestClientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}
