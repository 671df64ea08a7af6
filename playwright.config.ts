import { defineConfig, devices } from "@playwright/test";
import { OUTPUT_DIR } from "./e2e/support/output-dir";

// `npm test` builds once, prepares the e2e database and starts the servers: two `next start` of
// the build behind nginx, whose port this is (scripts/test/e2e-servers.ts). Every worker re-reads
// this file, so all of that arrives through the environment.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: OUTPUT_DIR,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // Recording a trace of every test (to keep the failing ones) cost a fifth of the browser
    // tests' CPU, measured over five spec files: off by default, E2E_TRACE=retain-on-failure to
    // debug. A failure still leaves a screenshot.
    trace: process.env.E2E_TRACE === "retain-on-failure" ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's headless shell (`apt-get install chromium-headless-shell`), the binary itself rather
      // than its /usr/bin wrapper: what Playwright runs headless, far lighter than full Chromium.
      executablePath: process.env.PLAYWRIGHT_CHROMIUM ?? "/usr/lib/chromium/chromium-headless-shell",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Signs up one account per role and saves its log-in (e2e/support/roles.ts).
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
});
