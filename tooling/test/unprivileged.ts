// Tests that run a process as another user (root ignores permission bits, so
// "the server may not read this" can only be shown by someone else) need that
// user to read what the process loads: the compiled packages and node_modules,
// all inside the checkout. A checkout in a directory only root may enter (say a
// `mktemp -d` clone, mode 0700) makes that impossible; such a case is skipped
// and says why, instead of failing with the user's EACCES.
import { execFileSync, spawnSync } from "node:child_process";

export interface SystemUser {
  name: string;
  uid: number;
  gid: number;
}

/** The named system user (`nobody`, `postgres`), or null when it does not exist. */
export function systemUser(name: string): SystemUser | null {
  try {
    const uid = Number(
      execFileSync("id", ["-u", name], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    );
    const gid = Number(
      execFileSync("id", ["-g", name], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    );
    return Number.isInteger(uid) && uid > 0 ? { name, uid, gid } : null;
  } catch {
    return null;
  }
}

/**
 * Null when `user` can read every path (files, or directories it can also
 * list); otherwise why not, worded for a skip message. Probed by a real
 * process running as that user.
 */
export function unreadableBy(user: SystemUser, paths: readonly string[]): string | null {
  const script = `
    const fs = require("node:fs");
    for (const p of ${JSON.stringify(paths)}) {
      try { fs.accessSync(p, fs.constants.R_OK); if (fs.statSync(p).isDirectory()) fs.readdirSync(p); }
      catch (e) { console.log(p + ": " + (e.code || e.message)); process.exit(1); }
    }`;
  const res = spawnSync(process.execPath, ["-e", script], {
    uid: user.uid,
    gid: user.gid,
    encoding: "utf8",
    timeout: 30_000,
  });
  if (res.status === 0) return null;
  const what = res.stdout.trim() || res.stderr.trim() || res.error?.message || `exit ${res.status}`;
  return `user ${user.name} cannot read ${what}; the checkout sits where only its owner may enter (e.g. a 0700 mktemp -d): clone it somewhere others can read to run this case`;
}
