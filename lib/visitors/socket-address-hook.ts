import { randomBytes } from "node:crypto";
import http from "node:http";
import { PEER_MARK_HEADER } from "@/lib/visitors/client-address";

// Route handlers and Server Actions see headers, never the socket, and `next start` fills
// X-Forwarded-For from the socket only when the client sent none. So before Next reads a request,
// this appends the socket's address to X-Forwarded-For (what a proxy does) and marks the request
// with a token known only to this process: a request without the mark was never seen here, and a
// mark a client writes itself is overwritten.
const MARK_KEY = Symbol.for("folio.peerMark");
type WithMark = typeof globalThis & { [MARK_KEY]?: string };

export function peerMark(): string | null {
  return (globalThis as WithMark)[MARK_KEY] ?? null;
}

export function installSocketAddressHook(): void {
  const global = globalThis as WithMark;
  if (global[MARK_KEY]) return;
  const mark = randomBytes(18).toString("base64url");
  global[MARK_KEY] = mark;

  // Server.prototype is shared by the server `next start` already created, so this reaches it.
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const peer = request.socket?.remoteAddress ?? "";
      const forwarded = request.headers["x-forwarded-for"];
      const earlier = (Array.isArray(forwarded) ? forwarded.join(", ") : (forwarded ?? "")).trim();
      request.headers["x-forwarded-for"] = earlier ? `${earlier}, ${peer}` : peer;
      request.headers[PEER_MARK_HEADER] = mark;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
