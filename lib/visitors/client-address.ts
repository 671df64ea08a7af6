import { isIP } from "node:net";

// Which address a request came from, by one rule for guest keys (kudos, hits) and abuse limits.
//
// `next start` copies the socket's address into X-Forwarded-For only when the request has no such
// header (`??=` in Next's base server), so on its own the header is whatever the client wrote.
// instrumentation.ts therefore installs a hook (socket-address-hook.ts) that appends the socket's
// address to X-Forwarded-For on every request, as a proxy would, and marks the request with a
// per-process token a client cannot know. The last entry is then the socket's peer; with
// TRUST_PROXY=<hops> the address that many entries further left is taken, as the nearest trusted
// proxy saw it. Entries further left than that were written by the client and are ignored.

export const PEER_MARK_HEADER = "x-folio-peer-mark";

// A request not marked by the hook (one that arrived before the hook was installed, or code run
// outside the server) can't be placed: all such requests share one address, so limits still hold.
export const UNKNOWN_ADDRESS = "unknown";

export type AddressRule = {
  // How many proxies in front of the app to trust (TRUST_PROXY); 0 = clients connect directly.
  trustedHops: number;
  // The token the hook puts on each request it saw; null when no hook runs.
  peerMark: string | null;
};

export function trustedHopsFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === "" || value === "false") return 0;
  if (value === "true") {
    throw new Error("TRUST_PROXY must be a number of proxies (e.g. TRUST_PROXY=1), not true.");
  }
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TRUST_PROXY must be a whole number of proxies from 0 to 10, not "${value}".`);
  }
  return hops;
}

export function clientAddressFrom(headers: Headers, rule: AddressRule): string {
  const mark = headers.get(PEER_MARK_HEADER);
  if (!rule.peerMark || mark !== rule.peerMark) return UNKNOWN_ADDRESS;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The socket's peer is last; each trusted proxy appended the address it saw before it.
  const entry = chain.at(-1 - rule.trustedHops);
  // Fewer entries than trusted proxies: the request bypassed a proxy; use the nearest address seen.
  return normaliseAddress(entry ?? chain[0] ?? UNKNOWN_ADDRESS);
}

// One spelling per address: IPv4-mapped IPv6 ("::ffff:127.0.0.1") is the IPv4 address, and any
// "[v6]:port" or "v4:port" a proxy may write loses its port.
export function normaliseAddress(raw: string): string {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) ? address : UNKNOWN_ADDRESS;
}

// For limits: an IPv6 client usually holds a whole /64, so limits count the /64, not the address.
export function limitKeyForAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(missing, 0) }, () => "0"), ...right].map((part) =>
    part.replace(/^0+(?=.)/, ""),
  );
}
