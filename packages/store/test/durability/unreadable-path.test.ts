// A data file the server may not read (or reach) must stop the open with a
// clear StoreError naming the path: never "missing, so start empty", which
// would hide the operator's data and later overwrite it.
//
// Tests run as root here, and root ignores permission bits, so a chmod 000
// directory does not stop an in-process open. As root we therefore open from a
// child process running as `nobody`; when that user does not exist the case is
// skipped with the reason, as it is when `nobody` cannot read the checkout the
// child runs from. A second check works for any user: a path through a
// regular file (ENOTDIR) cannot be reached by anyone.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { openStore, type StoreConfig } from "../../src/open.js";
import { isStoreError } from "../../src/errors.js";
import { room } from "../fixtures/records.js";
import { startWorker } from "./worker.js";
import { tempDir } from "./targets.js";
import { storeProcessFiles } from "./store-dist.js";
import { systemUser, unreadableBy } from "../../../../tooling/test/unprivileged.js";

const isRoot = process.getuid?.() === 0;
const unprivileged = isRoot ? systemUser("nobody") : null;
/** Why the case cannot run here, or null. */
const skipReason = !isRoot
  ? null
  : !unprivileged
    ? "no user nobody to run the open as"
    : unreadableBy(unprivileged, storeProcessFiles());
if (skipReason) console.warn(`unreadable-path: skipped the chmod 000 cases: ${skipReason}`);
let dir = "";

afterEach(() => {
  if (!dir) return;
  chmodSync(join(dir, "locked"), 0o700);
  rmSync(dir, { recursive: true, force: true });
  dir = "";
});

interface OpenOutcome {
  ok: boolean;
  name?: string;
  code?: string;
  message?: string;
}

async function openAsUser(config: StoreConfig): Promise<OpenOutcome> {
  if (!isRoot) {
    try {
      await (await openStore(config)).close();
      return { ok: true };
    } catch (err) {
      return {
        ok: false,
        name: (err as Error).name,
        code: (err as { code?: string }).code,
        message: (err as Error).message,
      };
    }
  }
  const worker = startWorker("open-once", config, unprivileged!);
  await worker.exited;
  const line = worker.lines.find((l) => l.startsWith("{"));
  if (!line) throw new Error(`worker printed nothing; stderr: ${worker.stderr()}`);
  return JSON.parse(line) as OpenOutcome;
}

describe.each(["json", "sqlite"] as const)("unreadable path[%s]", (kind) => {
  const file = kind === "json" ? "moltnet.json" : "moltnet.db";

  test.skipIf(skipReason !== null)(
    "a data file inside a chmod 000 directory is refused with a StoreError naming it",
    async () => {
      dir = tempDir(`unreadable-${kind}`);
      chmodSync(dir, 0o755); // let the unprivileged user reach the directory under test
      const locked = join(dir, "locked");
      mkdirSync(locked, { mode: 0o700 });
      const path = join(locked, file);
      const store = await openStore({ kind, path } as StoreConfig);
      await store.createRoom(room("r1"));
      await store.close();
      const before = readFileSync(path);
      chmodSync(locked, 0o000);

      const outcome = await openAsUser({ kind, path } as StoreConfig);
      expect(outcome.ok, "open should be refused, not start empty").toBe(false);
      expect(outcome.name).toBe("StoreError");
      expect(outcome.code, outcome.message).toBe("invalid_config");
      expect(outcome.message).toContain(path);
      chmodSync(locked, 0o700);
      expect(readFileSync(path).equals(before)).toBe(true);
    },
    60_000,
  );

  test("a path through a regular file is refused with a StoreError naming it", async () => {
    dir = tempDir(`unreachable-${kind}`);
    mkdirSync(join(dir, "locked")); // for afterEach
    const blocker = join(dir, "not-a-dir");
    writeFileSync(blocker, "plain file");
    const path = join(blocker, "data", file);
    let failure: unknown = null;
    try {
      await (await openStore({ kind, path } as StoreConfig)).close();
    } catch (err) {
      failure = err;
    }
    expect(isStoreError(failure), String(failure)).toBe(true);
    expect((failure as { code: string }).code, String((failure as Error).message)).toBe("invalid_config");
    expect((failure as Error).message).toContain(blocker);
    expect(readFileSync(blocker, "utf8")).toBe("plain file");
  });
});
