// A TCP forwarder that can stall: while stalled it accepts connections and
// bytes but forwards nothing in either direction, as a frozen or partitioned
// database server looks to its clients. resume() delivers what was held.
import { connect, createServer, type Server, type Socket } from "node:net";

export class StallingProxy {
  #server: Server | null = null;
  #stalled = false;
  readonly #held: (() => void)[] = [];
  readonly #sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.#sockets.add(s);
        s.on("close", () => this.#sockets.delete(s));
        s.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      this.#forward(client, upstream);
      this.#forward(upstream, client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const address = server.address();
    this.port = typeof address === "object" && address ? address.port : 0;
    this.#server = server;
  }

  stall(): void {
    this.#stalled = true;
  }

  resume(): void {
    this.#stalled = false;
    for (const deliver of this.#held.splice(0)) deliver();
  }

  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    const server = this.#server;
    this.#server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  #forward(from: Socket, to: Socket): void {
    from.on("data", (chunk: Buffer) => {
      if (this.#stalled) this.#held.push(() => to.write(chunk));
      else to.write(chunk);
    });
    from.on("end", () => {
      if (this.#stalled) this.#held.push(() => to.end());
      else to.end();
    });
  }
}
