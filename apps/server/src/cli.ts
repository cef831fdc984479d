#!/usr/bin/env node
// The `moltnet` command: start (default), init, migrate [--status], version, help.
// Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.
import { parseArgs } from "node:util";
import { buildVersion } from "./config/build-version.js";
import { createRedactor } from "./config/redact.js";
import { resolveLogOptions } from "./config/log-options.js";
import { systemEnv, type Env } from "./config/env.js";
import type { LogOptions } from "./log.js";

// boot.js and migrate-command.js load the store drivers and the HTTP stack
// (most of a second on a busy machine); they are imported only by the
// commands that use them, so `version` and `--help` answer at once.

const USAGE = `Usage:
  moltnet [start]            Start the Moltnet server in the foreground (also: moltnet server)
  moltnet init [DIR]         Write a starter configuration (Moltnet, MoltnetNode) into DIR (default .)
  moltnet validate           Check the configuration and that its storage opens; change nothing
  moltnet migrate            Apply pending database migrations and exit
  moltnet migrate --status   List applied and pending migrations
  moltnet copy <from> <to>   Copy every record between backends (json:PATH, sqlite:PATH, postgres://...)
  moltnet backup <path>      Back up the configured database (online for SQLite)
  moltnet version            Print the version
  moltnet <command> --help   Help for one command

Configuration: MOLTNET_CONFIG, else Moltnet, moltnet.yaml, moltnet.yml or moltnet.json
in the working directory; MOLTNET_* environment variables override the file.
`;

const START_USAGE = `Usage: moltnet start [--config FILE] [--listen ADDR] [--log-level LEVEL] [--log-format FORMAT]

Loads the configuration, opens the store (applying migrations to SQLite and
Postgres), applies the declared rooms and agents, then serves HTTP on
server.listen_addr (default ":8787", every interface). SIGTERM or SIGINT stops
it gracefully.

  --config FILE         The configuration file (MOLTNET_CONFIG); else Moltnet, moltnet.yaml,
                        moltnet.yml or moltnet.json in the working directory
  --listen ADDR         host:port to listen on, e.g. 127.0.0.1:8787 (MOLTNET_LISTEN_ADDR)
  --log-level LEVEL     debug, info (default), warn or error (MOLTNET_LOG_LEVEL)
  --log-format FORMAT   pretty (default on a terminal) or json (default otherwise) (MOLTNET_LOG_FORMAT)
`;

const VALIDATE_USAGE = `Usage: moltnet validate [--config FILE]

Loads the configuration as "moltnet start" would (file and MOLTNET_*
variables) and checks that its storage can be opened: the SQLite file or
Postgres database is readable and not newer than this build, a JSON snapshot
parses, a missing file could be created. Nothing is created, migrated or
locked. Exit 0 with one summary line, or 1 with one line per problem.

  --config FILE   The configuration file (MOLTNET_CONFIG)
`;

const INIT_USAGE = `Usage: moltnet init [DIR]

Writes a commented starter server configuration (Moltnet: SQLite storage, a
public "general" room) and a node configuration (MoltnetNode) into DIR
(default: the working directory). Existing files are left unchanged. Files are
created private (0600): they are where tokens go.
`;

const MIGRATE_USAGE = `Usage: moltnet migrate [--status]

Without options: opens the configured database, applies every pending
migration, prints what was applied and exits. Memory and JSON storage have no
migrations. The server also migrates on start; this command lets you do it
ahead of a deploy.

  --status   List the applied migrations (version, name, time) and the pending ones; change nothing.
`;

const COPY_USAGE = `Usage: moltnet copy [--verify] <from> <to>

Copies everything the store keeps (rooms, removed rooms, members, messages,
threads, DMs, artifacts, agents) from one backend to another. Each side is
json:PATH, sqlite:PATH or a postgres:// (postgresql://) DSN. The target is
created or migrated first and must be empty; the source is only read, from one
consistent snapshot, so a server may keep using it. An interrupted copy run
again with the same arguments resumes. It ends by comparing every table (row
count and checksum) and exits 1 on any difference.

  --verify           Compare the two sides only; write nothing.
  --batch-size <n>   Rows per read batch and per target transaction (default 2000).
`;

const BACKUP_USAGE = `Usage: moltnet backup <path>

Writes a consistent copy of the configured database to <path> (never over an
existing file), safe while a server is running. SQLite: SQLite's online backup
API, then a quick_check of the copy. JSON: the snapshot file, checked to load.
Postgres: use pg_dump, or give sqlite:PATH to copy it into a SQLite file.
`;

const VERSION_USAGE = `Usage: moltnet version

Prints the version of this build.
`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const io: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

async function main(argv: string[]): Promise<number> {
  // `pnpm start -- --listen …` hands the `--` through; it separates nothing here.
  const [command, ...rest] = argv[0] === "--" ? ["start", ...argv.slice(1)] : argv;
  if (rest[0] === "--") rest.shift();
  switch (command) {
    case undefined:
    case "start":
    case "server":
      return withOptions(rest, START_OPTIONS, START_USAGE, (values) => {
        const env = systemEnv();
        const log = resolveLogOptions(
          env,
          { level: stringOption(values["log-level"]), format: stringOption(values["log-format"]) },
          process.stdout.isTTY === true,
        );
        if ("problem" in log) {
          io.err(`moltnet: ${log.problem}\n`);
          return Promise.resolve(2);
        }
        return start(withFlags(env, values), log);
      });
    case "validate":
      return withOptions(rest, { config: { type: "string" } }, VALIDATE_USAGE, async (values) => {
        const { runValidate } = await import("./validate-command.js");
        return runValidate({ ...commandContext(), env: withFlags(systemEnv(), values) });
      });
    case "init":
      return withOptions(
        rest,
        {},
        INIT_USAGE,
        async (_values, positionals) => {
          if (positionals.length > 1) {
            io.err(`moltnet: init takes one directory, got ${positionals.length}\n\n${INIT_USAGE}`);
            return 2;
          }
          const { runInit } = await import("./init-command.js");
          return runInit(positionals[0] ?? ".", io.out, io.err);
        },
        true,
      );
    case "migrate":
      return withOptions(rest, { status: { type: "boolean" } }, MIGRATE_USAGE, async (values) => {
        const { runMigrate, runMigrateStatus } = await import("./migrate-command.js");
        return values.status ? runMigrateStatus(commandContext()) : runMigrate(commandContext());
      });
    case "copy":
      return copyCommand(rest);
    case "backup":
      return backupCommand(rest);
    case "version":
    case "--version":
      return withOptions(rest, {}, VERSION_USAGE, async () => {
        io.out(`${buildVersion()}\n`);
        return 0;
      });
    case "help":
    case "--help":
    case "-h":
      io.out(USAGE);
      return 0;
    default:
      io.err(`moltnet: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
      return 2;
  }
}

async function copyCommand(args: string[]): Promise<number> {
  let parsed: { values: { verify?: boolean; help?: boolean; "batch-size"?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { verify: { type: "boolean" }, "batch-size": { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    io.err(`moltnet: ${err instanceof Error ? err.message : String(err)}\n\n${COPY_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(COPY_USAGE);
    return 0;
  }
  const [from, to, ...extra] = parsed.positionals;
  if (!from || !to || extra.length > 0) {
    io.err(`moltnet: copy takes exactly two arguments, <from> and <to>\n\n${COPY_USAGE}`);
    return 2;
  }
  const batch = parsed.values["batch-size"];
  const batchSize = batch === undefined ? undefined : Number(batch);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000)) {
    io.err(`moltnet: --batch-size must be a whole number from 1 to 100000, not ${JSON.stringify(batch)}\n`);
    return 2;
  }
  const { runCopy } = await import("./copy-command.js");
  const ctx = { cwd: process.cwd(), out: io.out, err: io.err, tty: process.stderr.isTTY === true };
  return runCopy(ctx, from, to, { verifyOnly: parsed.values.verify === true, batchSize });
}

async function backupCommand(args: string[]): Promise<number> {
  let parsed: { values: { help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    io.err(`moltnet: ${err instanceof Error ? err.message : String(err)}\n\n${BACKUP_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(BACKUP_USAGE);
    return 0;
  }
  const [destination, ...extra] = parsed.positionals;
  if (!destination || extra.length > 0) {
    io.err(`moltnet: backup takes exactly one argument, <path>\n\n${BACKUP_USAGE}`);
    return 2;
  }
  const { runBackup } = await import("./backup-command.js");
  return runBackup({ ...commandContext(), tty: process.stderr.isTTY === true }, destination);
}

type OptionSpec = Record<string, { type: "boolean" | "string" }>;
type OptionValues = Record<string, string | boolean | undefined>;

const START_OPTIONS: OptionSpec = {
  config: { type: "string" },
  listen: { type: "string" },
  "log-level": { type: "string" },
  "log-format": { type: "string" },
};

function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The flags are the environment variables they stand for, so a flag and its variable cannot disagree in meaning. */
function withFlags(env: Env, values: OptionValues): Env {
  const out: Record<string, string | undefined> = { ...env };
  if (typeof values.config === "string") out.MOLTNET_CONFIG = values.config;
  if (typeof values.listen === "string") out.MOLTNET_LISTEN_ADDR = values.listen;
  return out;
}

/** Parses a command's options; --help/-h prints its usage, anything unknown is a usage error (exit 2). */
async function withOptions(
  args: string[],
  spec: OptionSpec,
  usage: string,
  run: (values: OptionValues, positionals: string[]) => Promise<number>,
  allowPositionals = false,
): Promise<number> {
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { ...spec, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals,
    }));
  } catch (err) {
    io.err(`moltnet: ${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    io.out(usage);
    return 0;
  }
  return run(values as OptionValues, positionals);
}

function commandContext() {
  return { env: systemEnv(), cwd: process.cwd(), version: buildVersion(), out: io.out, err: io.err };
}

async function start(env: Env, logOptions: LogOptions): Promise<number> {
  // Signals are caught from the first moment: one that arrives while the
  // store is opening (a migration may be running) lets the start finish,
  // then stops cleanly, instead of killing the process mid-way.
  let signalled: NodeJS.Signals | null = null;
  let onSignal: (signal: NodeJS.Signals) => void = (signal) => {
    signalled = signal;
  };
  const handler = (signal: NodeJS.Signals) => onSignal(signal);
  process.on("SIGTERM", handler);
  process.on("SIGINT", handler);

  const { startServer, StartupError, messageOf } = await import("./boot.js");
  const { batchedSink } = await import("./log-sink.js");
  const logs = batchedSink(io.out);
  // Every path out of the process (exit codes, fatal errors) passes 'exit'.
  process.on("exit", () => logs.flush());
  let server;
  try {
    server = await startServer({
      env,
      cwd: process.cwd(),
      version: buildVersion(),
      writeLog: logs.write,
      flushLog: logs.flush,
      log: logOptions,
    });
  } catch (err) {
    // StartupError messages are already redacted; anything else is masked here.
    const line = err instanceof StartupError ? err.message : createRedactor([])(messageOf(err));
    logs.flush();
    io.err(`moltnet: cannot start: ${line}\n`);
    return 1;
  }
  const running = server;
  return new Promise<number>((resolve) => {
    let stopping = false;
    // Nothing dies silently. A rejection nobody awaited is logged and the
    // server goes on (the request it belonged to has been answered or timed
    // out). An exception thrown outside any request leaves state we cannot
    // trust: it is logged, then the server drains and exits 1 so a supervisor
    // restarts it.
    process.on("unhandledRejection", (reason: unknown) => {
      running.log.error(
        { error: running.redact(messageOf(reason)), stack: running.redact(stackOf(reason)) },
        "unhandled promise rejection",
      );
    });
    process.on("uncaughtException", (err: Error) => {
      running.log.error(
        { error: running.redact(messageOf(err)), stack: running.redact(stackOf(err)) },
        "uncaught exception; shutting down",
      );
      if (stopping) return resolve(1);
      stopping = true;
      running.stop().then(
        () => resolve(1),
        () => resolve(1),
      );
    });
    onSignal = (signal) => {
      if (stopping) {
        // A second signal means "now": skip the drain.
        io.err(`moltnet: ${signal} again, exiting without waiting\n`);
        resolve(1);
        return;
      }
      stopping = true;
      running.log.info({ signal }, "moltnet shutting down");
      running.stop().then(
        () => resolve(0),
        (err: unknown) => {
          io.err(`moltnet: shutdown failed: ${running.redact(messageOf(err))}\n`);
          resolve(1);
        },
      );
    };
    if (signalled) onSignal(signalled);
  });
}

function stackOf(err: unknown): string {
  return err instanceof Error && err.stack ? err.stack : "";
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    io.err(`moltnet: ${createRedactor([])(err instanceof Error ? err.message : String(err))}\n`);
    process.exit(1);
  },
);
