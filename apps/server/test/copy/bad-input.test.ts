// Bad input to `moltnet copy`: one clear line on stderr, a non-zero exit, and
// nothing written anywhere (the target does not appear, the source's bytes
// are unchanged).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { perTestWorkspace, runCli } from "../process/cli-harness.js";
import { writeReferenceJson, writeReferenceSqlite } from "./copy-helpers.js";

const ws = perTestWorkspace();
const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
let ref: string;
let refHash: string;
beforeEach(() => {
  ref = join(ws.dir.path, "ref.db");
  writeReferenceSqlite(ref);
  refHash = hash(ref);
});

async function refused(args: string[], message: RegExp, code = 1): Promise<string> {
  const result = await runCli(["copy", ...args], { cwd: ws.dir.path });
  expect(result.code, result.stdout + result.stderr).toBe(code);
  const first = result.stderr.split("\n")[0]!;
  expect(first).toMatch(message);
  if (code === 1) expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stdout).toBe("");
  expect(existsSync(join(ws.dir.path, "target.db"))).toBe(false);
  expect(existsSync(join(ws.dir.path, "target.json"))).toBe(false);
  expect(hash(ref)).toBe(refHash);
  return result.stderr;
}

describe("moltnet copy refuses bad input and writes nothing", () => {
  it("an unknown scheme", async () => {
    await refused(["mysql://db/x", "sqlite:target.db"], /^moltnet: cannot copy: .*unknown storage scheme "mysql:"/);
    await refused(
      ["sqlite:ref.db", "target.db"],
      /"target\.db" is not a storage location; use json:PATH, sqlite:PATH or a postgres:\/\/ DSN/,
    );
  });

  it("memory: on either side", async () => {
    await refused(["memory:", "sqlite:target.db"], /memory storage keeps nothing on disk/);
    await refused(["sqlite:ref.db", "memory:"], /memory storage keeps nothing on disk/);
  });

  it("a missing or unreadable source", async () => {
    await refused(["sqlite:missing.db", "sqlite:target.db"], /source .*missing\.db does not exist/);
    await refused(["json:missing.json", "sqlite:target.db"], /source .*missing\.json does not exist/);
    mkdirSync(join(ws.dir.path, "folder"));
    await refused(["sqlite:folder", "sqlite:target.db"], /source .*folder is not a file/);
    writeFileSync(
      join(ws.dir.path, "text.db"),
      "this is not a database, it is a note to self that goes on for a while ".repeat(3),
    );
    await refused(["sqlite:text.db", "sqlite:target.db"], /source .*text\.db is not a SQLite database/);
  });

  it("a corrupt JSON source", async () => {
    writeFileSync(join(ws.dir.path, "broken.json"), '{"rooms": {"a": ');
    await refused(
      ["json:broken.json", "sqlite:target.db"],
      /cannot copy: .*source: cannot load Moltnet store .*broken\.json.*not valid JSON/,
    );
  });

  it("an unreachable DSN, without its password", async () => {
    const dsn = "postgres://moltnet:s3cret-pw@127.0.0.1:1/moltnet?connect_timeout=2";
    const asTarget = await refused(["sqlite:ref.db", dsn], /cannot connect to target 127\.0\.0\.1:1\/moltnet/);
    const asSource = await refused([dsn, "sqlite:target.db"], /cannot connect to source 127\.0\.0\.1:1\/moltnet/);
    expect(asTarget + asSource).not.toContain("s3cret-pw");
  });

  it("a source newer than this build", async () => {
    const db = new Database(ref);
    db.prepare(
      `INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', '2027-01-01T00:00:00Z')`,
    ).run();
    db.close();
    refHash = hash(ref);
    await refused(
      ["sqlite:ref.db", "sqlite:target.db"],
      /source .*ref\.db: the database records migration 999 .*which this build does not know/,
    );
  });

  it("the same database on both sides", async () => {
    await refused(
      ["sqlite:ref.db", `sqlite:${join(ws.dir.path, ".", "ref.db")}`],
      /source and target are the same database/,
    );
    writeReferenceJson(join(ws.dir.path, "ref.json"));
    await refused(["json:ref.json", "json:./ref.json"], /source and target are the same database/);
    await refused(
      ["postgres://a@db.example:5432/moltnet", "postgresql://b@DB.example/moltnet"],
      /source and target are the same database \(postgres db\.example:5432\/moltnet\)/,
    );
  });

  it("a usage error: not two arguments", async () => {
    await refused(["sqlite:ref.db"], /copy takes exactly two arguments/, 2);
  });
});
