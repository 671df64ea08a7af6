import { expect, test } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, storageStateOf } from "./support/roles";

test.use({ storageState: storageStateOf("reader") });

test("a work page carries the security headers, its scripts the CSP's nonce, and it still hydrates", async ({ page }) => {
  const work = await createWork(account("writer"));
  // Collected in the page itself: every script or style the policy refused.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });

  const response = await page.goto(work.url);
  const headers = response!.headers();
  const policy = headers["content-security-policy"]!;
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  for (const directive of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // The test server's public origin is http: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();

  const scripts = [...(await response!.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  // Hydrated: kudos go through the Server Action without leaving the page (the marker survives).
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.getByRole("button", { name: /Kudos/ }).click();
  await expect(page.getByText("Thank you for leaving kudos!")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
});

test("every nonce is used once: two loads get two", async ({ request }) => {
  const nonceOf = async () => /'nonce-([^']+)'/.exec((await request.get("/works")).headers()["content-security-policy"] ?? "")?.[1];
  const [first, second] = [await nonceOf(), await nonceOf()];
  expect(first).toBeTruthy();
  expect(first).not.toBe(second);
});

test("downloads, the API and the build's static files are not sniffed", async ({ page, request }) => {
  const autocomplete = await request.get("/api/tags/autocomplete?q=a");
  expect(autocomplete.headers()["x-content-type-options"]).toBe("nosniff");
  const work = await createWork(account("writer"));
  await page.goto(work.url);
  const download = await request.get(await page.getByRole("link", { name: "Download HTML" }).getAttribute("href") ?? "");
  expect(download.ok()).toBe(true);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
  expect((await request.get(stylesheet!)).headers()["x-content-type-options"]).toBe("nosniff");
});
