// HTTP calls to a paired network: its metadata, rooms and agents (the proxy
// routes and the status checks) and relayed messages. Every call carries the
// pairing's token, has a bounded time and a bounded answer size, and fails
// with a PairingRequestError whose message names what went wrong without the
// token, the URL's credentials or its query.
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
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

// One keep-alive agent per scheme: a relay sends message after message to the
// same remote, and a new connection per call would cost more than the call.
const agents = {
  http: new HttpAgent({ keepAlive: true, maxSockets: 8 }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: 8 }),
};

export interface PairingCall {
  method: "GET" | "POST";
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  timeoutMs?: number;
}

interface Answer {
  status: number;
  statusText: string;
  text: string;
}

/** The raw exchange: resolves with the status and (bounded) body; rejects with a PairingRequestError. */
function exchange(
  url: URL,
  call: PairingCall,
  headers: Record<string, string>,
  where: string,
  retried = false,
): Promise<Answer> {
  const timeoutMs = call.timeoutMs ?? PAIRING_REQUEST_TIMEOUT_MS;
  const body = call.body === undefined ? undefined : JSON.stringify(call.body);
  if (body !== undefined) headers["Content-Length"] = String(Buffer.byteLength(body));
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (err: PairingRequestError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(err);
    };
    // One deadline for the whole exchange: connect, send, answer, body.
    const timer = setTimeout(
      () => fail(new PairingRequestError("timeout", `paired network did not answer within ${timeoutMs} ms (${where})`)),
      timeoutMs,
    );
    const req = send(
      url,
      { method: call.method, headers, agent: url.protocol === "https:" ? agents.https : agents.http },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > MAX_PAIRING_RESPONSE_BYTES)
            fail(
              new PairingRequestError(
                "decode",
                `paired network answer exceeds ${MAX_PAIRING_RESPONSE_BYTES} bytes (${where})`,
              ),
            );
          else chunks.push(chunk);
        });
        res.on("end", () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ status, statusText: res.statusMessage ?? "", text: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", () =>
          fail(new PairingRequestError("unreachable", `paired network connection failed (${where})`)),
        );
      },
    );
    req.on("error", (err: NodeJS.ErrnoException) => {
      // A kept-alive connection the remote closed meanwhile (it restarted): once more on a new one.
      if (!settled && !retried && req.reusedSocket && (err.code === "ECONNRESET" || err.code === "EPIPE")) {
        settled = true;
        clearTimeout(timer);
        resolve(exchange(url, call, headers, where, true));
        return;
      }
      fail(
        new PairingRequestError(
          "unreachable",
          `paired network could not be reached (${where}): ${err.code ?? "connection failed"}`,
        ),
      );
    });
    req.end(body);
  });
}

/** One call; resolves with the decoded JSON object of a 2xx answer. */
export async function callPairing(pairing: PairingSettings, call: PairingCall): Promise<Record<string, unknown>> {
  let url: URL;
  try {
    url = pairingUrl(pairing, call.path, call.query);
  } catch {
    throw new PairingRequestError("unreachable", "paired network base URL is invalid");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new PairingRequestError("unreachable", "paired network base URL is not http(s)");
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = (pairing.token ?? "").trim();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (call.body !== undefined) headers["Content-Type"] = "application/json";
  const where = `${call.method} ${shownUrl(url)}`;
  // Redirects are not followed (node:http never does): one would carry the token elsewhere.
  const answer = await exchange(url, call, headers, where);
  if (answer.status < 200 || answer.status >= 300) {
    const reason = answer.statusText ? ` ${answer.statusText}` : "";
    throw new PairingRequestError(
      "status",
      `paired network returned ${answer.status}${reason} (${where})`,
      answer.status,
    );
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(answer.text);
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
