import { openStore, StoreError, type Store } from "@moltnet/store";
import { describe, expect, it } from "vitest";
import { errorOf, makeApi, roomMessage } from "./helpers.js";

/** A memory store whose `method` fails with `code`, carrying details a client must never see. */
async function failing(method: keyof Store, code: "unavailable" | "internal"): Promise<Store> {
  const store = await openStore({ kind: "memory" });
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === method) {
        return async () => {
          throw new StoreError(code, "connect ECONNREFUSED 10.0.0.5:5432 password=hunter2 at /srv/db.sqlite", {
            backend: "postgres",
          });
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("store failures", () => {
  it("unavailable - a read answers 503 without details", async () => {
    const api = await makeApi({}, await failing("getRoom", "unavailable"));
    const res = await api.get("/v1/rooms/r");
    expect(errorOf(res)).toEqual({ status: 503, code: "service_unavailable", error: "service unavailable" });
    expect(res.text).not.toMatch(/ECONNREFUSED|hunter2|sqlite|store:/);
  });

  it("internal - a failed append answers 500 and publishes nothing", async () => {
    const api = await makeApi({}, await failing("appendMessage", "internal"));
    await api.post("/v1/rooms", { id: "r", members: ["alpha"] });
    const res = await api.post("/v1/messages", roomMessage("r", "x"));
    expect(errorOf(res)).toEqual({ status: 500, code: "internal_error", error: "internal server error" });
    expect(res.text).not.toMatch(/ECONNREFUSED|hunter2|sqlite|store:/);
    expect((await api.events()).map((e) => e.type)).toEqual(["room.created"]);
  });

  it("internal - a failed create publishes no room.created", async () => {
    const api = await makeApi({}, await failing("createRoom", "internal"));
    expect((await api.post("/v1/rooms", { id: "r" })).status).toBe(500);
    expect(await api.events()).toEqual([]);
  });
});
