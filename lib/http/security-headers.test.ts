import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, createNonce, isHttpsOrigin, securityHeaders } from "@/lib/http/security-headers";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.split(" ")[0] === name);

describe("security headers", () => {
  test("scripts run only with the request's nonce, never inline or from elsewhere", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", https: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain("unsafe-eval");
    for (const expected of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'", "default-src 'self'"]) {
      expect(policy.split("; ")).toContain(expected);
    }
  });

  test("the development server may eval, for React's call stacks", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", https: false, development: true }), "script-src")).toContain("'unsafe-eval'");
  });

  test("every nonce is new and long enough", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  test("framing, sniffing and referrers are refused on any origin", () => {
    const headers = securityHeaders({ nonce: "n", https: false });
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  test("HSTS and upgrade-insecure-requests only when the public origin is https", () => {
    expect(securityHeaders({ nonce: "n", https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(contentSecurityPolicy({ nonce: "n", https: false })).not.toContain("upgrade-insecure-requests");
    expect(securityHeaders({ nonce: "n", https: true })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(contentSecurityPolicy({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
  });

  test("https is read from NEXTAUTH_URL", () => {
    expect(isHttpsOrigin("https://folio.example")).toBe(true);
    expect(isHttpsOrigin("http://localhost:3000")).toBe(false);
    expect(isHttpsOrigin(undefined)).toBe(false);
  });
});
