// JSON responses the way the reference writes them: Go's escaping (`<`, `>`,
// `&`, U+2028/2029 as \u escapes) and a trailing newline from its stream encoder.
import type { Context } from "hono";
import { goStringify } from "@moltnet/store";

/** Writes `body` as `application/json` with Go-compatible bytes and a final `\n`. Headers already set on `c` (request id) are kept. */
export function jsonResponse(c: Context, status: number, body: unknown): Response {
  c.header("Content-Type", "application/json");
  return c.body(`${goStringify(body)}\n`, status as never);
}
