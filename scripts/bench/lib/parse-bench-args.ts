/** The command line of `npm run bench`. */
interface BenchOptions {
  /** Fewer runs and changes, for working on the benchmark itself. Figures from a quick run are not reportable. */
  quick: boolean;
  /** Page loads per kind (app, floor) for first and largest contentful paint. */
  runs: number;
  lighthouse: boolean;
  /** Synthetic dataset scales for filter latency; 1 means the HLED dataset itself. */
  scales: number[];
  write: boolean;
  help: boolean;
  /** Runs one step alone (and rewrites only its section of the report); null runs them all. */
  only: BenchStep | null;
}

/** The steps that can run alone. */
const BENCH_STEPS = ['repeat-visit', 'deck-export', 'phone-latency'] as const;
type BenchStep = (typeof BENCH_STEPS)[number];

export const BENCH_USAGE = `Usage: npm run bench -- [options]
  --quick            fewer runs (3 paint runs, 1 Lighthouse run, 14 filter changes per route); for development
  --runs N           page loads per kind for FCP/LCP, app and floor interleaved (default 7, at least 5 unless --quick)
  --scales 1,10,100  datasets for filter latency: 1 = HLED, N = synthetic dataset N× larger (default 1,10,100)
  --no-lighthouse    skip Lighthouse
  --no-write         print only; do not write docs/PERFORMANCE.md
  --only STEP        run one step alone: repeat-visit (first vs repeat visit with the service worker, --runs
                     pairs, default 5), or deck-export ("Export PowerPoint" on /briefing, HLED and the largest
                     --scales dataset), or phone-latency (the HLED filter sessions with the CPU 4× slower);
                     writes only its section of docs/PERFORMANCE.md
  --help             this text`;

export type ParseResult = { ok: true; options: BenchOptions } | { ok: false; error: string };

export function parseBenchArgs(argv: readonly string[]): ParseResult {
  const options: BenchOptions = {
    quick: false,
    runs: 7,
    lighthouse: true,
    scales: [1, 10, 100],
    write: true,
    help: false,
    only: null,
  };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      i += 1;
      return argv[i];
    };
    switch (name) {
      case '--quick':
        options.quick = true;
        break;
      case '--no-lighthouse':
        options.lighthouse = false;
        break;
      case '--no-write':
        options.write = false;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--runs': {
        const text = value();
        const n = Number(text);
        if (text === undefined || !Number.isInteger(n) || n < 1)
          return { ok: false, error: `--runs needs a whole number ≥ 1, got ${text ?? 'nothing'}` };
        options.runs = n;
        runsGiven = true;
        break;
      }
      case '--scales': {
        const text = value();
        const scales = (text ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
          .map(Number);
        if (text === undefined || scales.length === 0 || scales.some((s) => !Number.isInteger(s) || s < 1)) {
          return {
            ok: false,
            error: `--scales needs a list of whole numbers ≥ 1 like 1,10,100, got ${text ?? 'nothing'}`,
          };
        }
        options.scales = [...new Set(scales)].sort((a, b) => a - b);
        break;
      }
      case '--only': {
        const text = value();
        const step = BENCH_STEPS.find((s) => s === text);
        if (step === undefined)
          return { ok: false, error: `--only needs one of ${BENCH_STEPS.join(', ')}, got ${text ?? 'nothing'}` };
        options.only = step;
        break;
      }
      default:
        return { ok: false, error: `unknown option ${arg}` };
    }
  }
  if (options.quick && !runsGiven) options.runs = 3;
  if (options.only !== null && !runsGiven && !options.quick) options.runs = 5;
  if (!options.quick && options.runs < 5)
    return { ok: false, error: `--runs ${options.runs}: a reportable run needs at least 5 (or add --quick)` };
  return { ok: true, options };
}
