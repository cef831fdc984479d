import { test } from "vitest";
import { message, room, roomTarget, at, filePart } from "../fixtures/records.js";
import { openFresh } from "./helpers.js";
test("bench", async () => {
  for (const worker of [false, true]) {
    const { store } = await openFresh();
    if (worker) { store.startCheckpointing(); await store.diagnostics(); }
    await store.createRoom(room("general"));
    const times: number[] = [];
    const body = "x".repeat(2000);
    for (let i = 0; i < 20000; i++) {
      const t = performance.now();
      await store.appendMessage(message(`m${i}`, roomTarget("general"), { created_at: at(0, i), parts: [{ kind: "text", text: body }, filePart("a.pdf")] }));
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.floor(times.length * p)]!.toFixed(3);
    console.log(`worker=${worker} p50=${q(0.5)} p99=${q(0.99)} p999=${q(0.999)} max=${times[times.length - 1]!.toFixed(2)} total=${times.reduce((a, b) => a + b, 0).toFixed(0)}ms`, (await store.diagnostics()).checkpointer);
    const t = performance.now();
    for (let i = 0; i < 1000; i++) await store.listMessages({ kind: "room", roomId: "general" }, { limit: 50, before: `m${10000 + i}` });
    console.log("page read avg ms", ((performance.now() - t) / 1000).toFixed(3));
  }
}, 300_000);
