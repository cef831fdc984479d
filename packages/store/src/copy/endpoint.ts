// The two sides of `moltnet copy` and `moltnet backup`, as written on the
// command line: `json:PATH`, `sqlite:PATH`, or a `postgres://`/`postgresql://`
// DSN. Anything else (including `memory:`, which holds nothing to copy) is
// refused with one line naming the accepted forms.
import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { StoreError } from "../errors.js";

export type Endpoint =
  { kind: "json"; path: string } | { kind: "sqlite"; path: string } | { kind: "postgres"; dsn: string };

const FORMS = "json:PATH, sqlite:PATH or a postgres:// DSN";

export function parseEndpoint(text: string, cwd: string = process.cwd()): Endpoint {
  const value = text.trim();
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: "postgres", dsn: value };
  const m = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(value);
  const scheme = m?.[1]?.toLowerCase();
  if (scheme === "memory")
    throw usage(
      `"${value}": memory storage keeps nothing on disk, so there is nothing to copy to or from; use ${FORMS}`,
    );
  if (scheme === "json" || scheme === "sqlite") {
    const path = m![2]!;
    if (!path.trim()) throw usage(`"${value}" names no file; write ${scheme}:PATH`);
    return { kind: scheme, path: resolve(cwd, path) };
  }
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  throw usage(
    scheme
      ? `unknown storage scheme "${scheme}:" in "${shown}"; use ${FORMS}`
      : `"${shown}" is not a storage location; use ${FORMS}`,
  );
}

/** What makes two endpoints the same database (a file, after symlinks; a server and database name). */
export function identityOf(endpoint: Endpoint): string {
  if (endpoint.kind === "postgres") return `postgres:${postgresName(endpoint.dsn)}`;
  return `file:${canonicalPath(endpoint.path)}`;
}

function canonicalPath(path: string): string {
  try {
    if (existsSync(path)) return realpathSync(path);
    return join(realpathSync(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

function usage(message: string): StoreError {
  return new StoreError("invalid_config", message, { backend: "copy" });
}

/** `host:port/database` of a DSN (never its user or password). */
export function postgresName(dsn: string): string {
  try {
    const url = new URL(dsn);
    const host = (url.hostname || "localhost").toLowerCase();
    const database =
      decodeURIComponent(url.pathname.replace(/^\//, "")) || decodeURIComponent(url.username) || "postgres";
    return `${host}:${url.port || "5432"}/${database}`;
  } catch {
    return "postgres";
  }
}
