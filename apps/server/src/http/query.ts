// List query parameters (§5.2): `limit` never fails (bad or ≤ 0 → 100,
// > 500 → 500); `before`/`after` are trimmed, mutually exclusive and must be
// well-formed ids. These checks run before any lookup, so they win over 404s.
import type { Context } from "hono";
import type { Window } from "@moltnet/store";
import { idError } from "../ids.js";
import { HttpError } from "./errors.js";

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;

/** Go's strconv.Atoi on the trimmed value: optional sign, decimal digits only. */
export function parseLimit(raw: string | undefined): number {
  const value = (raw ?? "").trim();
  if (!/^[+-]?\d+$/.test(value)) return DEFAULT_LIMIT;
  const n = BigInt(value);
  // Atoi fails outside int64, which the reference treats like any bad value.
  if (n <= 0n || n > 9223372036854775807n) return DEFAULT_LIMIT;
  return n > BigInt(MAX_LIMIT) ? MAX_LIMIT : Number(n);
}

/** Builds a store Window from `limit`, `before`, `after`; 422 HttpError on cursor problems. */
export function parseWindow(c: Context): Window {
  return windowFromParams(c.req.query("limit"), c.req.query("before"), c.req.query("after"));
}

/** The same rules on raw values (for callers that do not hold a Context). */
export function windowFromParams(
  limitRaw: string | undefined,
  beforeRaw: string | undefined,
  afterRaw: string | undefined,
): Window {
  const limit = parseLimit(limitRaw);
  const before = (beforeRaw ?? "").trim();
  const after = (afterRaw ?? "").trim();
  if (before !== "" && after !== "") throw new HttpError(422, "before and after cannot both be set");
  if (before !== "") {
    const err = idError(before);
    if (err !== undefined) throw new HttpError(422, `before ${err}`);
    return { limit, before };
  }
  if (after !== "") {
    const err = idError(after);
    if (err !== undefined) throw new HttpError(422, `after ${err}`);
    return { limit, after };
  }
  return { limit };
}
