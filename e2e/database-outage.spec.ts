import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { expect, test } from "./support/test";
import { findFreePort } from "../scripts/lib/free-port";

const SENTENCE = "The archive is taking a short break — try again in a minute.";

// The network between the app and its (real) database, to cut and restore: a TCP relay on a fixed
// port in front of the e2e PostgreSQL. Cutting it drops every open connection, as an outage does.
class Relay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  constructor(private readonly target: { host: string; port: number }, readonly port: number) {}

  open() {
    return new Promise<void>((resolve) => {
      this.server = net.createServer((client) => {
        const upstream = net.connect(this.target.port, this.target.host);
        for (const socket of [client, upstream]) {
          this.sockets.add(socket);
          socket.on("error", () => {});
          socket.on("close", () => {
            this.sockets.delete(socket);
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      this.server.listen(this.port, "127.0.0.1", resolve);
    });
  }

  cut() {
    for (const socket of this.sockets) socket.destroy();
    return new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

let app: ChildProcess | null = null;
let relay: Relay | null = null;
let baseURL = "";

// Its own `next start` of the run's build, since the database outage must not reach other specs.
test.beforeAll(async () => {
  const database = new URL(process.env.E2E_DATABASE_URL!);
  relay = new Relay({ host: database.hostname, port: Number(database.port) }, await findFreePort());
  await relay.open();
  const relayed = new URL(database);
  relayed.port = String(relay.port);
  const port = await findFreePort();
  baseURL = `http://127.0.0.1:${port}`;
  app = spawn("node_modules/.bin/next", ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: relayed.toString(),
      DATABASE_CONNECT_TIMEOUT_MS: "1000",
      NEXTAUTH_SECRET: "e2e-outage-secret",
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    detached: true,
    stdio: "ignore",
  });
  await expect.poll(async () => (await fetch(`${baseURL}/works`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  if (app?.pid) process.kill(-app.pid);
  await relay?.cut();
});

test("while the database is unreachable every page answers 503 with a short-break notice, and the archive comes back by itself", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await browser.newPage({ baseURL });
  await page.goto("/works");
  await expect(page.locator("#work-index-heading")).toBeVisible();

  await relay!.cut();
  // The first request may reach the page before the archive knows: its error page says the same.
  await page.goto("/works");
  await expect(page.getByText(SENTENCE)).toBeVisible();
  for (const path of ["/works", "/", "/login", "/tags/Fluff/works"]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(503);
    expect(response!.headers()["retry-after"]).toBe("60");
    await expect(page.getByText(SENTENCE)).toBeVisible();
    await expect(page.getByRole("link", { name: "Folio", exact: true })).toBeVisible();
  }

  await relay!.open();
  await expect.poll(async () => (await page.goto("/works"))!.status(), { timeout: 15_000 }).toBe(200);
  await expect(page.locator("#work-index-heading")).toBeVisible();
  await page.close();
});
