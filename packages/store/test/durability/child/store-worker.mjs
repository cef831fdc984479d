// A separate Node process that uses the compiled store like the server does.
// Usage: node store-worker.mjs <dist index.js path> <mode> <store config JSON>
// Modes:
//   append-loop  open, then append forever (4 in flight), printing "ack <id>" after each append resolves
//   hold         open, print "ready", keep the store open until SIGTERM
//   open-once    open and close; print one JSON line {ok, code?, name?, message?}
import { pathToFileURL } from "node:url";

const [distPath, mode, configJson] = process.argv.slice(2);
const { openStore } = await import(pathToFileURL(distPath).href);
const config = JSON.parse(configJson);
const out = (line) => process.stdout.write(`${line}\n`);

function describe(err) {
  return { ok: false, name: err?.name, code: err?.code, message: String(err?.message ?? err) };
}

if (mode === "open-once") {
  try {
    const store = await openStore(config);
    await store.close();
    out(JSON.stringify({ ok: true }));
  } catch (err) {
    out(JSON.stringify(describe(err)));
  }
  process.exit(0);
}

let store;
try {
  store = await openStore(config);
} catch (err) {
  out(`error ${JSON.stringify(describe(err))}`);
  process.exit(2);
}

if (mode === "hold") {
  process.on("SIGTERM", async () => {
    await store.close();
    process.exit(0);
  });
  out("ready");
  setInterval(() => {}, 60_000);
} else if (mode === "append-loop") {
  const NET = "local";
  try {
    await store.createRoom({
      id: "crash",
      network_id: NET,
      fqid: `molt://${NET}/rooms/crash`,
      name: "crash",
      members: ["alpha"],
      visibility: "private",
      write_policy: "members",
      created_at: "2026-04-01T09:00:00Z",
    });
  } catch (err) {
    if (err?.code !== "room_exists") throw err;
  }
  out("ready");
  const base = Date.parse("2026-04-01T10:00:00Z");
  let next = 0;
  // Three conversations in turn, each message with an artifact part, so the
  // test can check that counters and artifacts match the messages after a kill.
  function build(n) {
    const id = `crash-${String(n).padStart(6, "0")}`;
    const kind = ["room", "thread", "dm"][n % 3];
    const target =
      kind === "room"
        ? { kind, room_id: "crash" }
        : kind === "thread"
          ? { kind, room_id: "crash", thread_id: "t-crash", parent_message_id: "crash-000000" }
          : { kind, dm_id: "dm-crash", participant_ids: ["alpha", `peer-${n % 7}`] };
    const micros = BigInt(base) * 1000n + BigInt(n);
    const created =
      new Date(Number(micros / 1000n)).toISOString().slice(0, 19) +
      `.${String(micros % 1_000_000n).padStart(6, "0")}Z`.replace(/0+Z$/, "Z").replace(/\.Z$/, "Z");
    return {
      id,
      network_id: NET,
      origin: { network_id: NET, message_id: id },
      target,
      from: { type: "agent", id: "alpha", network_id: NET, fqid: `molt://${NET}/agents/alpha` },
      parts: [
        { kind: "text", text: `message ${n}` },
        { kind: "url", url: `https://crash.example/${n}` },
      ],
      created_at: created,
    };
  }
  async function lane() {
    for (;;) {
      const n = next++;
      const result = await store.appendMessage(build(n));
      if (result.status === "appended") out(`ack ${build(n).id}`);
    }
  }
  await Promise.all([lane(), lane(), lane(), lane()]);
} else {
  out(`error ${JSON.stringify({ ok: false, message: `unknown mode ${mode}` })}`);
  process.exit(2);
}
