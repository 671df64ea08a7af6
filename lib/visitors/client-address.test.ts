import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { clientAddressFrom, limitKeyForAddress, normaliseAddress, PEER_MARK_HEADER, trustedHopsFrom, UNKNOWN_ADDRESS } from "./client-address";
import { installSocketAddressHook, peerMark } from "./socket-address-hook";

const MARK = "test-mark";

function request(forwardedFor: string | null, mark: string | null = MARK) {
  const headers = new Headers();
  if (forwardedFor !== null) headers.set("x-forwarded-for", forwardedFor);
  if (mark !== null) headers.set(PEER_MARK_HEADER, mark);
  return headers;
}

describe("the client address rule", () => {
  test("with no trusted proxy, the socket's address (last entry) counts and forged entries are ignored", () => {
    expect(clientAddressFrom(request("6.6.6.6, 203.0.113.9"), { trustedHops: 0, peerMark: MARK })).toBe("203.0.113.9");
  });

  test("TRUST_PROXY=<hops> takes the address that many entries from the right", () => {
    const chain = request("6.6.6.6, 198.51.100.7, 10.0.0.2, 10.0.0.1");
    expect(clientAddressFrom(chain, { trustedHops: 1, peerMark: MARK })).toBe("10.0.0.2");
    expect(clientAddressFrom(chain, { trustedHops: 2, peerMark: MARK })).toBe("198.51.100.7");
  });

  test("a request that bypassed the trusted proxy is placed by the nearest address there is", () => {
    expect(clientAddressFrom(request("203.0.113.9"), { trustedHops: 1, peerMark: MARK })).toBe("203.0.113.9");
  });

  test("a request the socket hook never marked, or marked by the client itself, has no address", () => {
    expect(clientAddressFrom(request("203.0.113.9", null), { trustedHops: 0, peerMark: MARK })).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(request("203.0.113.9", "guess"), { trustedHops: 0, peerMark: MARK })).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(request("203.0.113.9"), { trustedHops: 0, peerMark: null })).toBe(UNKNOWN_ADDRESS);
  });

  test("one spelling per address", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normaliseAddress("not an address")).toBe(UNKNOWN_ADDRESS);
  });

  test("limits count an IPv6 client's /64", () => {
    expect(limitKeyForAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(limitKeyForAddress("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(limitKeyForAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(limitKeyForAddress("192.0.2.1")).toBe("192.0.2.1");
  });

  test("TRUST_PROXY is a number of proxies", () => {
    expect(trustedHopsFrom(undefined)).toBe(0);
    expect(trustedHopsFrom("2")).toBe(2);
    expect(() => trustedHopsFrom("true")).toThrow(/number of proxies/);
    expect(() => trustedHopsFrom("-1")).toThrow();
  });
});

// A real HTTP server and real sockets: what the hook records is what the rule reads.
describe("the socket address hook", () => {
  let server: http.Server;
  let port = 0;
  const seen: Headers[] = [];

  beforeAll(async () => {
    installSocketAddressHook();
    server = http.createServer((req, res) => {
      seen.push(new Headers(req.headers as Record<string, string>));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("forged X-Forwarded-For, User-Agent or mark headers don't make one client several", async () => {
    const forgeries: Record<string, string>[] = [
      {},
      { "x-forwarded-for": "198.51.100.1" },
      { "x-forwarded-for": "198.51.100.2, 198.51.100.3", "user-agent": "Another Browser" },
      { [PEER_MARK_HEADER]: "forged", "user-agent": "A Third Browser" },
    ];
    for (const headers of forgeries) await fetch(`http://127.0.0.1:${port}/`, { headers });
    const addresses = seen.map((headers) => clientAddressFrom(headers, { trustedHops: 0, peerMark: peerMark() }));
    expect(addresses).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.1"]);
  });
});
