// A real WebSocket client (npm `ws`) for attachment tests: frames are queued
// as they arrive so a test can await the next one (bounded by a timeout) or
// the next of some op, and see how the server closed the socket.
import WebSocket from "ws";

export type Frame = Record<string, any> & { op: string };

export interface Refused {
  status: number;
  body: string;
}

export class AttachClient {
  readonly frames: Frame[] = [];
  readonly raw: string[] = [];
  closed: { code: number; reason: string } | null = null;
  /** Answer every PING as it arrives (a live client), not only while a test reads frames. */
  answerPings = false;
  #waiters: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const text = data.toString();
      this.raw.push(text);
      const frame = JSON.parse(text) as Frame;
      this.frames.push(frame);
      if (this.answerPings && frame.op === "PING") this.send({ op: "PONG" });
      this.#wake();
    });
    ws.on("close", (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.#wake();
    });
    ws.on("error", () => this.#wake());
  }

  #wake(): void {
    for (const w of this.#waiters.splice(0)) w();
  }

  /** Opens the socket; a refused upgrade resolves to its HTTP status and body. */
  static open(url: string, headers: Record<string, string> = {}): Promise<AttachClient | Refused> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      const client = new AttachClient(ws);
      ws.once("open", () => resolve(client));
      ws.once("unexpected-response", (_req, res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      ws.once("error", (err) => reject(err));
    });
  }

  send(frame: Record<string, unknown> | string): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  #read = 0;

  /** The next frame not yet returned; throws after `timeoutMs` or when the socket closes first. */
  async next(timeoutMs = 10_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.#read < this.frames.length) return this.frames[this.#read++]!;
      if (this.closed) throw new Error(`socket closed (${this.closed.code}) before the next frame`);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames.map((f) => f.op))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next frame matching `pred`, skipping (and answering PING for) others. */
  async nextWhere(pred: (f: Frame) => boolean, timeoutMs = 10_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = await this.next(Math.max(1, deadline - Date.now()));
      if (frame.op === "PING") this.send({ op: "PONG" });
      if (pred(frame)) return frame;
    }
  }

  /** The next EVENT (answering PINGs on the way). */
  nextEvent(timeoutMs = 10_000): Promise<Frame> {
    return this.nextWhere((f) => f.op === "EVENT", timeoutMs);
  }

  /** Resolves with the close once the server closes the socket (throws after `timeoutMs`). */
  async closedBy(timeoutMs = 10_000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error(`socket still open after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.closed;
  }

  close(): void {
    this.ws.close(1000);
  }
}

export function isRefused(x: AttachClient | Refused): x is Refused {
  return !(x instanceof AttachClient);
}

/** HELLO, IDENTIFY as `agentId`, READY (or the ERROR the server sent instead). */
export async function attach(
  base: string,
  agentId: string,
  opts: { headers?: Record<string, string>; cursor?: string; name?: string; networkId?: string } = {},
): Promise<{ client: AttachClient; ready: Frame }> {
  const opened = await AttachClient.open(`${base.replace(/^http/, "ws")}/v1/attach`, opts.headers);
  if (isRefused(opened)) throw new Error(`upgrade refused: ${opened.status} ${opened.body}`);
  const hello = await opened.next();
  if (hello.op !== "HELLO") throw new Error(`expected HELLO, got ${JSON.stringify(hello)}`);
  opened.send({
    op: "IDENTIFY",
    version: "moltnet.attach.v1",
    network_id: opts.networkId ?? "local",
    agent: { id: agentId, name: opts.name ?? "" },
    capabilities: { rooms: true, dms: true, threads: true },
    ...(opts.cursor ? { cursor: opts.cursor } : {}),
  });
  const ready = await opened.next();
  return { client: opened, ready };
}
