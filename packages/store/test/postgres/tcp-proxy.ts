// A TCP forwarder the tests can switch off and on, standing in for a database
// server that goes away (connections cut, new ones refused) and comes back on
// the same address.
import { createServer, connect, type Server, type Socket } from "node:net";

export class TcpProxy {
  #server: Server | null = null;
  readonly #sockets = new Set<Socket>();
  #port = 0;

  /** `observeClient`, when given, sees every chunk a client sends, with a fresh `connection` object per client. */
  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
    private readonly observeClient?: (chunk: Buffer, connection: object) => void,
  ) {}

  get port(): number {
    return this.#port;
  }

  /** Listens (on the previous port when restarted, so clients find it again). */
  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      this.#track(client);
      this.#track(upstream);
      const connection = {};
      if (this.observeClient) client.on("data", (chunk: Buffer) => this.observeClient!(chunk, connection));
      client.pipe(upstream);
      upstream.pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.#port, "127.0.0.1", () => resolve());
    });
    const address = server.address();
    this.#port = typeof address === "object" && address ? address.port : 0;
    this.#server = server;
  }

  /** Cuts every open connection and refuses new ones. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  #track(socket: Socket): void {
    this.#sockets.add(socket);
    socket.on("close", () => this.#sockets.delete(socket));
  }
}
