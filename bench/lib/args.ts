// Command-line options shared by `npm run bench:seed` and `npm run bench`:
//   --works N      archive size (100000 by default; 1_000_000, 1,000,000, 250k and 1M also read)
//   --json PATH    where the bench writes its figures (default bench/results/<date>.json)
//   --skip-build   reuse the existing production build
//   --check        after seeding, recount every counter from its rows (slow at 1M)
export type BenchArgs = { works: number; json?: string; skipBuild: boolean; check: boolean };

export const DEFAULT_WORKS = 100_000;

export function parseCount(text: string): number {
  const match = /^(\d+(?:\.\d+)?(?:e\d+)?)([km]?)$/i.exec(text.trim().replace(/[_,]/g, ""));
  const value = match ? Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2]!.toLowerCase()] ?? 1) : NaN;
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`Not a positive whole number: "${text}"`);
  return value;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { works: DEFAULT_WORKS, skipBuild: false, check: false };
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index]!.split("=", 2) as [string, string | undefined];
    const value = () => {
      const next = inline ?? argv[++index];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === "--works") args.works = parseCount(value());
    else if (flag === "--json") args.json = value();
    else if (flag === "--skip-build") args.skipBuild = true;
    else if (flag === "--check") args.check = true;
    else throw new Error(`Unknown option ${flag} (known: --works N, --json PATH, --skip-build, --check)`);
  }
  return args;
}
