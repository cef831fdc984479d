// Reads a Server-Sent Events response from a real socket (node:http, so the
// stream can be cut at any moment) and splits it into comments and frames.
import { request, type ClientRequest, type IncomingMessage } from "node:http";

export interface SseFrame {
  id: string;
  event: string;
  /** The raw `data:` text. */
  data: string;
  /** `data` parsed as JSON. */
  json: any;
}

export type SseItem = { kind: "comment"; text: string } | ({ kind: "event" } & SseFrame);

export class SseReader {
  readonly items: SseItem[] = [];
  #buffer = "";
  #waiters: (() => void)[] = [];
  #ended = false;
  /** How many items `next()` has handed out. */
  #cursor = 0;

  private constructor(
    readonly status: number,
    readonly headers: IncomingMessage["headers"],
    private readonly req: ClientRequest,
    private readonly res: IncomingMessage,
  ) {
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => this.#feed(chunk));
    const end = () => {
      this.#ended = true;
      this.#wake();
    };
    res.on("end", end);
    res.on("close", end);
    res.on("error", end);
  }

  static open(url: string, headers: Record<string, string>): Promise<SseReader> {
    return new Promise((resolve, reject) => {
      const req = request(url, { method: "GET", headers: { Accept: "text/event-stream", ...headers } }, (res) => {
        resolve(new SseReader(res.statusCode ?? 0, res.headers, req, res));
      });
      req.on("error", reject);
      req.setTimeout(30_000, () => req.destroy(new Error("SSE connect timeout")));
      req.end();
    });
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** The whole body received so far when the stream was not an event stream (e.g. an error envelope). */
  async text(): Promise<string> {
    await this.#until(() => this.#ended, 10_000);
    return this.#buffer;
  }

  #feed(chunk: string): void {
    this.#buffer += chunk;
    if (!String(this.headers["content-type"] ?? "").startsWith("text/event-stream")) return;
    for (;;) {
      const at = this.#buffer.indexOf("\n\n");
      if (at < 0) break;
      const block = this.#buffer.slice(0, at);
      this.#buffer = this.#buffer.slice(at + 2);
      this.#parse(block);
    }
    this.#wake();
  }

  #parse(block: string): void {
    const frame: Partial<SseFrame> = {};
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) {
        this.items.push({ kind: "comment", text: line.slice(1).trim() });
        continue;
      }
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "id") frame.id = value;
      else if (field === "event") frame.event = value;
      else if (field === "data") frame.data = frame.data === undefined ? value : `${frame.data}\n${value}`;
    }
    if (frame.data === undefined && frame.event === undefined) return;
    const data = frame.data ?? "";
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      json = undefined;
    }
    this.items.push({ kind: "event", id: frame.id ?? "", event: frame.event ?? "message", data, json });
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  async #until(ready: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`SSE: timed out after ${timeoutMs} ms; received ${JSON.stringify(this.items.map(describe))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next item (comment or event) not handed out yet. */
  async next(timeoutMs = 10_000): Promise<SseItem> {
    await this.#until(() => this.#cursor < this.items.length || this.#ended, timeoutMs);
    const item = this.items[this.#cursor];
    if (!item) throw new Error(`SSE: stream ended; received ${JSON.stringify(this.items.map(describe))}`);
    this.#cursor++;
    return item;
  }

  /** The next event frame, skipping comments (keep-alives). */
  async nextEvent(timeoutMs = 10_000): Promise<SseFrame & { kind: "event" }> {
    for (;;) {
      const item = await this.next(timeoutMs);
      if (item.kind === "event") return item;
    }
  }

  /** The next `count` events. */
  async events(count: number, timeoutMs = 10_000): Promise<(SseFrame & { kind: "event" })[]> {
    const out: (SseFrame & { kind: "event" })[] = [];
    while (out.length < count) out.push(await this.nextEvent(timeoutMs));
    return out;
  }

  /** Items not handed out yet, without waiting. */
  pending(): SseItem[] {
    return this.items.slice(this.#cursor);
  }

  /** Waits `ms` and returns the events that arrived and were not handed out (to prove that nothing came). */
  async quietFor(ms: number): Promise<SseFrame[]> {
    await new Promise((r) => setTimeout(r, ms));
    const rest = this.pending().filter((i): i is SseFrame & { kind: "event" } => i.kind === "event");
    this.#cursor = this.items.length;
    return rest;
  }

  close(): void {
    this.res.destroy();
    this.req.destroy();
  }
}

function describe(item: SseItem): string {
  return item.kind === "comment" ? `:${item.text}` : `${item.event}#${item.id}`;
}
