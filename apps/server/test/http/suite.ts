// The cross-backend HTTP suite: one real server process per backend, the
// same cases everywhere. Each http-<backend>.test.ts runner calls
// httpSuite(<backend>); the cases live in cases/*.case.ts.
import { afterAll, beforeAll, describe, it } from "vitest";
import { isDurable, killLeftovers, startServer, type Backend, type ServerOptions, type TestServer } from "./harness.js";
import { agentCases } from "./cases/agents.case.js";
import { artifactCases } from "./cases/artifacts.case.js";
import { authCases } from "./cases/auth.case.js";
import { concurrencyCases } from "./cases/concurrency.case.js";
import { conversationCases } from "./cases/conversations.case.js";
import { eventCases } from "./cases/events.case.js";
import { historyCases } from "./cases/histories.case.js";
import { identityCases } from "./cases/identity.case.js";
import { messageCases } from "./cases/messages.case.js";
import { persistenceCases } from "./cases/persistence.case.js";
import { platformCases } from "./cases/platform.case.js";
import { roomCases } from "./cases/rooms.case.js";

export interface Suite {
  backend: Backend;
  /** True when data survives a restart (every backend but memory). */
  durable: boolean;
  /** Registers one counted case. */
  it(name: string, fn: () => Promise<void>, timeoutMs?: number): void;
  /** The shared server (auth mode none, three configured pairings), started before the cases run. */
  readonly server: TestServer;
  /**
   * Another server for this backend, started together with the shared one (start-up is the slow part);
   * call at definition time, await the result in a beforeAll, dispose it in an afterAll.
   */
  prestart(options: Omit<ServerOptions, "backend">): () => Promise<TestServer>;
}

/** Pairings make /v1/pairings non-trivial; their remotes do not exist, so proxy routes answer 502. */
export const MAIN_CONFIG = {
  network: { id: "local", name: "HTTP Suite" },
  pairings: [
    { id: "pair-b", remote_network_id: "net-b", remote_network_name: "Bee", remote_base_url: "https://b.example.test" },
    { id: "pair-a", remote_network_id: "net-a", remote_network_name: "Ay", remote_base_url: "https://a.example.test" },
    { id: "pair-c", remote_network_id: "net-c", remote_base_url: "http://c.example.test:8080" },
  ],
};

export function httpSuite(backend: Backend): void {
  let count = 0;
  let main: TestServer | undefined;
  const extra: { options: Omit<ServerOptions, "backend">; started?: Promise<TestServer> }[] = [];
  const suite: Suite = {
    backend,
    durable: isDurable(backend),
    it(name, fn, timeoutMs) {
      count++;
      it(name, fn, timeoutMs);
    },
    get server(): TestServer {
      if (!main) throw new Error(`http[${backend}]: the shared server did not start`);
      return main;
    },
    prestart(options) {
      const entry: (typeof extra)[number] = { options };
      extra.push(entry);
      return () => (entry.started ??= startServer({ ...options, backend }));
    },
  };

  describe(`http[${backend}]`, () => {
    beforeAll(async () => {
      for (const entry of extra) {
        entry.started = startServer({ ...entry.options, backend });
        // Failures surface where the server is awaited.
        entry.started.catch(() => {});
      }
      main = await startServer({ backend, config: MAIN_CONFIG });
    }, 120_000);
    afterAll(async () => {
      await main?.dispose();
      killLeftovers();
      console.log(`http[${backend}]: ${count} cases`);
    }, 60_000);

    describe("platform", () => platformCases(suite));
    describe("rooms", () => roomCases(suite));
    describe("messages", () => messageCases(suite));
    describe("histories", () => historyCases(suite));
    describe("threads and DMs", () => conversationCases(suite));
    describe("artifacts", () => artifactCases(suite));
    describe("agents and apply", () => agentCases(suite));
    describe("event stream", () => eventCases(suite));
    describe("concurrency", () => concurrencyCases(suite));
    describe("auth", () => authCases(suite));
    describe("sender identity", () => identityCases(suite));
    // Last: restarts the shared server.
    describe("restart", () => persistenceCases(suite));
  });
}
