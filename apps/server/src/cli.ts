#!/usr/bin/env node
// The `moltnet` command: start (default), migrate [--status], version, help.
// Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.
import { parseArgs } from "node:util";
import { buildVersion, createRedactor, systemEnv, type Env } from "./config/index.js";

// boot.js and migrate-command.js load the store drivers and the HTTP stack
// (most of a second on a busy machine); they are imported only by the
// commands that use them, so `version` and `--help` answer at once.

const USAGE = `Usage:
  moltnet [start]            Start the Moltnet server in the foreground (also: moltnet server)
  moltnet migrate            Apply pending database migrations and exit
  moltnet migrate --status   List applied and pending migrations
  moltnet copy <from> <to>   Copy every record between backends (json:PATH, sqlite:PATH, postgres://...)
  moltnet backup <path>      Back up the configured database (online for SQLite)
  moltnet version            Print the version
  moltnet <command> --help   Help for one command

Configuration: MOLTNET_CONFIG, else Moltnet, moltnet.yaml, moltnet.yml or moltnet.json
in the working directory; MOLTNET_* environment variables override the file.
`;

const START_USAGE = `Usage: moltnet start

Loads the configuration, opens the store (applying migrations to SQLite and
Postgres), applies the declared rooms and agents, then serves HTTP on
server.listen_addr (default ":8787", every interface; MOLTNET_LISTEN_ADDR).
SIGTERM or SIGINT stops it gracefully.
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
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case "start":
    case "server":
      return withOptions(rest, {}, START_USAGE, () => start(systemEnv()));
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
    parsed = parseArgs({ args, options: { help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: true });
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

type OptionSpec = Record<string, { type: "boolean" }>;

/** Parses a command's options; --help/-h prints its usage, anything unknown is a usage error (exit 2). */
async function withOptions(
  args: string[],
  spec: OptionSpec,
  usage: string,
  run: (values: Record<string, boolean | undefined>) => Promise<number>,
): Promise<number> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args, options: { ...spec, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: false }));
  } catch (err) {
    io.err(`moltnet: ${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    io.out(usage);
    return 0;
  }
  return run(values as Record<string, boolean | undefined>);
}

function commandContext() {
  return { env: systemEnv(), cwd: process.cwd(), version: buildVersion(), out: io.out, err: io.err };
}

async function start(env: Env): Promise<number> {
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
    server = await startServer({ env, cwd: process.cwd(), version: buildVersion(), writeLog: logs.write, flushLog: logs.flush });
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    io.err(`moltnet: ${createRedactor([])(err instanceof Error ? err.message : String(err))}\n`);
    process.exit(1);
  },
);
