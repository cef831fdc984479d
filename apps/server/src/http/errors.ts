// The error model of the HTTP layer: the error that knows its status, the
// reference's envelope `{"code","error","request_id"}`, and the central
// handler that maps known errors and hides everything else. A 5xx never shows
// its cause to the client (no SQL, stacks, paths): the text is the lower-cased
// reason phrase and the cause goes to the log with the request id.
import { STATUS_CODES } from "node:http";
import type { Context, ErrorHandler } from "hono";
import { isStoreError } from "@moltnet/store";
import type { AppEnv } from "../context.js";
import type { Logger } from "../log.js";
import { HttpError } from "../http-error.js";
import { jsonResponse } from "./json.js";

// HttpError itself lives in ../http-error.ts, so the service layer can throw it
// without depending on http/; re-exported for the HTTP modules that import it here.
export { HttpError };

/**
 * The envelope `code` for a status (§5.1): the reference's codes where it has
 * one. For the statuses it folds into `internal_error` (405, 413, 429, 507…)
 * we say what happened instead: the reason phrase in snake_case
 * (`method_not_allowed`), a code a client can branch on.
 */
export function errorCode(status: number): string {
  switch (status) {
    case 400:
      return "bad_request";
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 409:
      return "conflict";
    case 422:
      return "unprocessable_entity";
    case 429:
      return "too_many_requests";
    case 502:
      return "bad_gateway";
    case 503:
      return "service_unavailable";
    case 507:
      return "storage_full";
    case 500:
      return "internal_error";
    default: {
      const phrase = STATUS_CODES[status];
      return phrase
        ? phrase
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "_")
            .replace(/^_|_$/g, "")
        : "internal_error";
    }
  }
}

/** Lower-cased reason phrase, as Go's `http.StatusText` spells it (`service unavailable`). */
export function reasonText(status: number): string {
  const text = STATUS_CODES[status];
  return text ? text.toLowerCase() : "internal server error";
}

/** The public `error` text: the message below 500 (or the reason phrase when blank), the reason phrase from 500 up. */
export function publicMessage(status: number, message: string): string {
  // "insufficient storage" (the reason phrase) says less than what happened.
  if (status === 507) return "storage full";
  const trimmed = message.trim();
  // A 502 names what the paired network did (pairings/client.ts builds those
  // texts without tokens, URL credentials or queries), as the reference does.
  if (status === 502 && trimmed !== "") return trimmed;
  if (status >= 500) return reasonText(status);
  return trimmed === "" ? reasonText(status) : trimmed;
}

/** Writes the error envelope. Keys in alphabetical order, as Go's map encoder emits them. */
export function errorResponse(
  c: Context<AppEnv>,
  status: number,
  message: string,
  headers?: Record<string, string>,
): Response {
  for (const [name, value] of Object.entries(headers ?? {})) c.header(name, value);
  return jsonResponse(c, status, errorEnvelope(status, message, c.get("requestId") ?? ""));
}

/** The envelope's body: `code`, `error`, and `request_id` when there is one. */
export function errorEnvelope(status: number, message: string, requestId: string): Record<string, string> {
  const body: Record<string, string> = { code: errorCode(status), error: publicMessage(status, message) };
  if (requestId !== "") body.request_id = requestId;
  return body;
}

/** Maps a thrown value to a status and message; unknown errors become 500. */
export function classifyError(err: unknown): { status: number; message: string; headers?: Record<string, string> } {
  if (err instanceof HttpError) return { status: err.status, message: err.message, headers: err.headers };
  if (isStoreError(err)) {
    switch (err.code) {
      // The service should have turned these into precise messages (with the
      // room id or cursor); these are the safety net, never a 500.
      case "room_not_found":
        return { status: 404, message: "unknown room" };
      case "invalid_cursor":
        return { status: 422, message: "invalid cursor" };
      case "unavailable":
        return { status: 503, message: "" };
      case "storage_full":
        return { status: 507, message: "" };
      default:
        return { status: 500, message: "" };
    }
  }
  return { status: 500, message: "" };
}

/** The app's `onError`: envelope for everything, the cause of any 5xx logged with the request id. */
export function createErrorHandler(log: Logger): ErrorHandler<AppEnv> {
  return (err, c) => {
    const { status, message, headers } = classifyError(err);
    if (status >= 500) logFailure(log, err, c.get("requestId"), c.req.method, status);
    return errorResponse(c, status, message, headers);
  };
}

/** Logs the cause of a 5xx with the request id: the only place its text, SQL or stack goes. */
export function logFailure(log: Logger, err: unknown, requestId: string, method: string, status: number): void {
  log.error(
    {
      request_id: requestId,
      method,
      status,
      error: err instanceof Error ? err.message : String(err),
      error_name: err instanceof Error ? err.name : typeof err,
      cause:
        err instanceof Error && err.cause !== undefined
          ? String((err.cause as Error)?.message ?? err.cause)
          : undefined,
      store_code: isStoreError(err) ? err.code : undefined,
      stack: err instanceof Error ? err.stack : undefined,
    },
    "request failed",
  );
}
