// Command line and sizes. `--quick` shrinks every scenario so the whole run
// fits in CI (about a minute); the full run is sized to finish in under ten
// minutes on a 2-core machine. Every size used is printed and recorded in the
// JSON, so a figure is never read without the size that produced it.

export const SCENARIOS = [
  "append",
  "page",
  "http",
  "json-file",
  "boot",
  "memory",
  "agents",
  "copy",
  "events",
  "attach",
  "relay",
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface Sizes {
  append: {
    /** Messages per side appended before measuring (prepares statements, creates threads and DMs). */
    warmup: number;
    /** Slices per side; store and raw slices alternate (see rates.ts). */
    slices: number;
    /** Target seconds for one comparison (both sides); the count is calibrated from the warm-up rate. */
    seconds: number;
    /** Bounds on measured messages per side, whatever the calibration says. */
    minMessages: number;
    maxMessages: number;
  };
  page: {
    /** Messages in the big room (bulk-loaded). */
    large: number;
    /** Messages in the small room the growth goal compares with. */
    small: number;
    /** Pages read per side, store and raw alternating. */
    pages: number;
    /** Pages read per side before measuring. */
    warmup: number;
    limit: number;
  };
  http: {
    /** Seconds per load-generator run. */
    seconds: number;
    connections: number;
  };
  jsonFile: {
    messages: number;
    writers: number;
    /** Writes per writer in the concurrent run. */
    writesPerWriter: number;
    /** Sequential writes of the baseline (one snapshot rewrite each). */
    baselineWrites: number;
  };
  boot: {
    /** Boots per database; the median counts. */
    repeats: number;
  };
  copy: {
    /** Messages per copy-rate comparison (the RSS row copies page.large). */
    messages: number;
  };
  relay: {
    /** Messages queued on A while its paired network is down, then relayed as fast as the relay goes. */
    backlog: number;
    /** POSTs per second to A while both are up ... */
    rate: number;
    /** ... for this many seconds. */
    seconds: number;
  };
  events: {
    /** POSTs per second to server A in the cross-server run ... */
    rate: number;
    /** ... for this many seconds. */
    seconds: number;
    /** Events in the log a restarted server replays. */
    replay: number;
  };
  attach: {
    /** Attached agents a message fans out to ... */
    agents: number;
    /** ... for this many messages, one at a time. */
    messages: number;
    /** Idle attachments held open for the memory figure. */
    idle: number;
  };
  memory: {
    /** Server RSS is read after this many POSTs ... */
    postsFirst: number;
    /** ... and again after this many in total. */
    postsTotal: number;
    /** Messages appended to a memory store to measure bytes per message. */
    memoryMessages: number;
  };
  agents: {
    /** Registrations bulk-loaded into the registry ... */
    registrations: number;
    /** ... and in the small registry the growth goal compares with. */
    small: number;
    /** Timed sequential requests per caller, after `warmup` untimed ones. */
    requests: number;
    warmup: number;
  };
}

const FULL: Sizes = {
  append: { warmup: 600, slices: 60, seconds: 12, minMessages: 600, maxMessages: 100_000 },
  page: { large: 1_000_000, small: 10_000, pages: 2_000, warmup: 300, limit: 100 },
  http: { seconds: 5, connections: 16 },
  jsonFile: { messages: 10_000, writers: 32, writesPerWriter: 16, baselineWrites: 30 },
  boot: { repeats: 3 },
  memory: { postsFirst: 20_000, postsTotal: 200_000, memoryMessages: 100_000 },
  agents: { registrations: 100_000, small: 1_000, requests: 2_000, warmup: 200 },
  copy: { messages: 200_000 },
  events: { rate: 500, seconds: 10, replay: 100_000 },
  relay: { backlog: 5_000, rate: 200, seconds: 10 },
  attach: { agents: 100, messages: 200, idle: 1000 },
};

const QUICK: Sizes = {
  append: { warmup: 50, slices: 4, seconds: 1, minMessages: 64, maxMessages: 5_000 },
  page: { large: 50_000, small: 5_000, pages: 200, warmup: 50, limit: 100 },
  http: { seconds: 1, connections: 8 },
  jsonFile: { messages: 2_000, writers: 32, writesPerWriter: 3, baselineWrites: 8 },
  boot: { repeats: 1 },
  memory: { postsFirst: 1_000, postsTotal: 5_000, memoryMessages: 10_000 },
  agents: { registrations: 5_000, small: 500, requests: 100, warmup: 20 },
  copy: { messages: 5_000 },
  events: { rate: 100, seconds: 1, replay: 2_000 },
  relay: { backlog: 300, rate: 200, seconds: 2 },
  attach: { agents: 20, messages: 20, idle: 100 },
};

export interface Options {
  quick: boolean;
  only: ScenarioName[];
  sizes: Sizes;
  /** Where latest.json and latest.md go. */
  resultsDir: string;
}

export const USAGE = `Usage: pnpm bench [--quick] [--only=append,page,http,json-file,boot,memory,agents,copy,events,attach,relay]

  --quick       every scenario at a small size (CI smoke run, about a minute)
  --only=LIST   run only these scenarios (comma separated)

Postgres: MOLTNET_BENCH_POSTGRES_DSN, else MOLTNET_TEST_POSTGRES_DSN, else an
embedded Postgres is started. The bench creates its own database and drops it.
Results: the table on stdout, progress on stderr, figures in bench/results/latest.json.
Exit status: 1 when a scenario crashed or reported errors; missed goals do not fail.
`;

/** Parses argv; null means "print usage and exit 0". Throws on unknown options. */
export function parseOptions(argv: readonly string[], resultsDir: string): Options | null {
  let quick = false;
  let only: ScenarioName[] = [...SCENARIOS];
  for (const arg of argv) {
    if (arg === "--") continue;
    if (arg === "--help" || arg === "-h") return null;
    if (arg === "--quick") quick = true;
    else if (arg.startsWith("--only=")) {
      const names = arg
        .slice("--only=".length)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = names.filter((n) => !(SCENARIOS as readonly string[]).includes(n));
      if (unknown.length > 0 || names.length === 0)
        throw new Error(`unknown scenario(s) in ${arg}; known: ${SCENARIOS.join(", ")}`);
      only = names as ScenarioName[];
    } else throw new Error(`unknown option ${JSON.stringify(arg)}`);
  }
  return { quick, only, sizes: quick ? QUICK : FULL, resultsDir };
}
