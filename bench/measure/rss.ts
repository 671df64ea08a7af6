// Resident memory of the server processes while they are under load: VmRSS from /proc, sampled
// every 100 ms, the maximum kept per process.
import { readFileSync } from "node:fs";

function rssMegabytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export class RssSampler {
  readonly maxByPid = new Map<number, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly pids: () => number[]) {}

  // The processes are looked up once: a scan of /proc every 100 ms would cost the server CPU.
  start() {
    const pids = this.pids();
    const sample = () => {
      for (const pid of pids) {
        const rss = rssMegabytes(pid);
        if (rss !== null) this.maxByPid.set(pid, Math.max(rss, this.maxByPid.get(pid) ?? 0));
      }
    };
    sample();
    this.timer = setInterval(sample, 100);
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
