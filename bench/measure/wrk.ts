// Throughput with Debian's wrk: CONNECTIONS connections for SECONDS seconds, through
// wrk-report.lua for the percentiles (the caller warms the page up first). wrk runs on the same
// 2 cores as the server, with few threads: it needs little CPU at the app's rates, and what it
// takes the server loses.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const CONNECTIONS = 32;
export const SECONDS = Number(process.env.BENCH_WRK_SECONDS ?? 10);
export const THREADS = 2;
const WRK = process.env.WRK ?? "wrk";

export type WrkResult = {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
};

export async function checkWrk() {
  try {
    await run(WRK, ["--version"]).catch((error: { stdout?: string }) => {
      // wrk --version prints its banner and exits 1.
      if (!error.stdout?.includes("wrk")) throw error;
    });
  } catch {
    throw new Error("wrk is not installed: apt-get install -y wrk (Debian), or set WRK=/path/to/wrk");
  }
}

export async function wrk(url: string, { headers = {}, seconds = SECONDS }: { headers?: Record<string, string>; seconds?: number } = {}): Promise<WrkResult> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const args = (duration: number) => [
    `-t${THREADS}`, `-c${CONNECTIONS}`, `-d${duration}s`, "--timeout", "10s",
    "-s", path.join(__dirname, "wrk-report.lua"), ...headerArgs, url,
  ];
  const { stdout } = await run(WRK, args(seconds), { maxBuffer: 1 << 20 });
  const line = stdout.split("\n").find((text) => text.startsWith("{"));
  if (!line) throw new Error(`wrk printed no summary:\n${stdout}`);
  const report = JSON.parse(line) as Record<string, number>;
  // No request finished within the run (a server far slower than 32 connections need): no
  // latency to report, rather than wrk's zeros.
  const ms = (us: number) => (report.requests! > 0 ? us / 1000 : Number.NaN);
  return {
    requestsPerSecond: report.requests! / (report.duration_us! / 1e6),
    p50: ms(report.p50_us!),
    p95: ms(report.p95_us!),
    p99: ms(report.p99_us!),
    requests: report.requests!,
    errors: report.connect_errors! + report.read_errors! + report.write_errors! + report.timeouts!,
    non2xx: report.non_2xx_3xx!,
  };
}
