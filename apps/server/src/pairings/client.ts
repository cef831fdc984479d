// HTTP calls to a paired network: its metadata, rooms and agents (the proxy
// routes and the status checks) and relayed messages. Every call carries the
// pairing's token, has a bounded time and a bounded answer size, and fails
// with a PairingRequestError whose message names what went wrong without the
// token, the URL's credentials or its query.
import type { PairingSettings } from "../settings.js";

/** Time for one call to the remote (the reference's client allows 10 s; a relay waits 5 s). */
export const PAIRING_REQUEST_TIMEOUT_MS = 5000;
/** Largest answer read from a remote (the reference's limit). */
export const MAX_PAIRING_RESPONSE_BYTES = 1 << 20;

export type PairingFailure =
  /** Connection refused, reset, DNS: nothing answered. */
  | "unreachable"
  | "timeout"
  /** An HTTP status outside 2xx. */
  | "status"
  /** A 2xx whose body is not the JSON expected, or too large. */
  | "decode";

export class PairingRequestError extends Error {
  constructor(
    readonly failure: PairingFailure,
    message: string,
    /** The remote's HTTP status when it answered. */
    readonly status?: number,
  ) {
    super(message);
    this.name = "PairingRequestError";
  }
}

/** scheme://host[:port]/path of a call, without credentials or query: safe for errors and logs. */
function shownUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export function pairingUrl(pairing: PairingSettings, path: string, query?: URLSearchParams): URL {
  const base = (pairing.remote_base_url ?? "").trim().replace(/\/+$/, "");
  const url = new URL(base + path);
  if (query) for (const [k, v] of query) url.searchParams.append(k, v);
  return url;
}

async function readLimited(response: Response, limit: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new PairingRequestError("decode", `paired network answer exceeds ${limit} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export interface PairingCall {
  method: "GET" | "POST";
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  timeoutMs?: number;
}

/** One call; resolves with the decoded JSON object of a 2xx answer. */
export async function callPairing(pairing: PairingSettings, call: PairingCall): Promise<Record<string, unknown>> {
  let url: URL;
  try {
    url = pairingUrl(pairing, call.path, call.query);
  } catch {
    throw new PairingRequestError("unreachable", "paired network base URL is invalid");
  }
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = (pairing.token ?? "").trim();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (call.body !== undefined) headers["Content-Type"] = "application/json";
  const timeoutMs = call.timeoutMs ?? PAIRING_REQUEST_TIMEOUT_MS;
  const where = `${call.method} ${shownUrl(url)}`;
  let response: Response;
  let text: string;
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    // A redirect would carry the token elsewhere, or drop it: refused.
    response = await fetch(url, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      redirect: "error",
      signal,
    });
    if (response.status < 200 || response.status >= 300) {
      await response.body?.cancel().catch(() => {});
      const reason = response.statusText ? ` ${response.statusText}` : "";
      throw new PairingRequestError(
        "status",
        `paired network returned ${response.status}${reason} (${where})`,
        response.status,
      );
    }
    text = await readLimited(response, MAX_PAIRING_RESPONSE_BYTES);
  } catch (err) {
    if (err instanceof PairingRequestError) throw err;
    const name = err instanceof Error ? err.name : "";
    if (name === "TimeoutError" || name === "AbortError")
      throw new PairingRequestError("timeout", `paired network did not answer within ${timeoutMs} ms (${where})`);
    throw new PairingRequestError("unreachable", `paired network could not be reached (${where}): ${causeOf(err)}`);
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(text);
  } catch {
    throw new PairingRequestError("decode", `paired network answered with invalid JSON (${where})`);
  }
  if (decoded === null || typeof decoded !== "object" || Array.isArray(decoded))
    throw new PairingRequestError(
      "decode",
      `paired network answered with a JSON ${jsonKind(decoded)}, not an object (${where})`,
    );
  return decoded as Record<string, unknown>;
}

function jsonKind(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}

/** The system error behind a fetch failure (ECONNREFUSED, ENOTFOUND, …), never its text (it can echo the URL). */
function causeOf(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  const code = cause && typeof cause.code === "string" ? cause.code : "";
  return code || "connection failed";
}
