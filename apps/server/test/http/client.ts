// A small HTTP client over the global fetch, for talking to a real server:
// every answer is read completely and kept as text, parsed JSON and headers,
// so tests can compare bodies byte for byte.
import { request as httpRequest } from "node:http";
import { SseReader } from "./sse-reader.js";

export interface Reply {
  status: number;
  headers: Headers;
  /** The body exactly as received. */
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  body: any;
}

export interface RequestOptions {
  /** Serialized with JSON.stringify unless it is a string or bytes (sent as is). */
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

function toBody(body: unknown): string | Uint8Array | undefined {
  if (body === undefined) return undefined;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  return JSON.stringify(body);
}

export class HttpClient {
  constructor(public baseUrl: string) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
    const body = toBody(options.body);
    if (body !== undefined && headers["Content-Type"] === undefined) headers["Content-Type"] = "application/json";
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body, signal: AbortSignal.timeout(30_000) });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text === "" ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  }

  /**
   * A request over node:http with headers sent exactly as given (fetch trims
   * header values and fixes up bodies; some malformed inputs need the raw bytes).
   */
  raw(
    method: string,
    path: string,
    headers: Record<string, string | string[]> = {},
    body?: Uint8Array | string,
  ): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${this.baseUrl}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (d: Buffer) => chunks.push(d));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown;
          try {
            parsed = text === "" ? undefined : JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          const out = new Headers();
          for (const [k, v] of Object.entries(res.headers))
            if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(", ") : v);
          resolve({ status: res.statusCode ?? 0, headers: out, text, body: parsed });
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: timeout`)));
      req.end(body);
    });
  }

  get(path: string, options?: RequestOptions): Promise<Reply> {
    return this.request("GET", path, options);
  }

  post(path: string, body: unknown, options: RequestOptions = {}): Promise<Reply> {
    return this.request("POST", path, { ...options, body });
  }

  patch(path: string, body: unknown, options: RequestOptions = {}): Promise<Reply> {
    return this.request("PATCH", path, { ...options, body });
  }

  del(path: string, options?: RequestOptions): Promise<Reply> {
    return this.request("DELETE", path, options);
  }

  /** Opens `GET /v1/events/stream` (or `path`); resolves once the response headers arrived. */
  sse(options: { token?: string; headers?: Record<string, string>; path?: string } = {}): Promise<SseReader> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
    return SseReader.open(`${this.baseUrl}${options.path ?? "/v1/events/stream"}`, headers);
  }
}
