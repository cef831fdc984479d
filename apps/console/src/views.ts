// One function per console route. Each renders into the given element and
// returns its cleanup (stream subscriptions); failures are shown in place.
import { api, explain } from "./api.js";
import { createComposer } from "./composer.js";
import { formatBytes, formatTime, h, route } from "./dom.js";
import { createHistory } from "./history.js";
import { stream } from "./stream.js";
import type { Agent, Artifact, Dm, MoltEvent, Network, Page, Pairing, Room, StorageReport, Thread } from "./types.js";

export interface Session {
  network: Network;
  authMode: string;
}

type Cleanup = () => void;
const noop: Cleanup = () => {};

export function errorBox(err: unknown, retry?: () => void): HTMLElement {
  return h(
    "div",
    { class: "error", role: "alert" },
    h("p", {}, explain(err)),
    retry ? h("button", { type: "button", onclick: retry }, "Retry") : null,
  );
}

/** Runs `load`; on failure replaces `into`'s content with the error and a retry button. */
async function guarded(into: HTMLElement, load: () => Promise<void>): Promise<void> {
  try {
    await load();
  } catch (err) {
    into.replaceChildren(errorBox(err, () => void guarded(into, load)));
  }
}

function definition(rows: Array<[string, string | Node]>): HTMLElement {
  const dl = h("dl", { class: "facts" });
  for (const [term, value] of rows) dl.append(h("dt", {}, term), h("dd", {}, value));
  return dl;
}

function table(caption: string, headers: string[], rows: Array<Array<string | Node>>): HTMLElement {
  return h(
    "table",
    {},
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, ...headers.map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, c))))),
  );
}

function canWrite(session: Session, room?: Room): boolean {
  return session.network.console?.can_send_human === true && (room ? room.access?.can_write !== false : true);
}

// -- network -------------------------------------------------------------------
export function networkView(el: HTMLElement, session: Session): Cleanup {
  const n = session.network;
  const state = h("span", { class: `stream-state ${stream.state}` }, stream.state);
  el.replaceChildren(
    h("h2", {}, "Network"),
    definition([
      ["Name", n.name],
      ["ID", n.id],
      ["Version", n.version],
      ["Auth mode", session.authMode],
      ["Live stream", state],
      ["Public read", String(n.capabilities.public_read)],
      ["Agent registration", n.capabilities.agent_registration],
      ["Human ingress", String(n.capabilities.human_ingress)],
      ["Direct messages", String(n.capabilities.direct_messages)],
      ["Operator can send", String(n.console?.can_send_human === true)],
    ]),
  );
  return stream.onState((s) => {
    state.textContent = s;
    state.className = `stream-state ${s}`;
  });
}

// -- rooms ---------------------------------------------------------------------
export function roomsView(el: HTMLElement): Cleanup {
  el.replaceChildren(h("h2", {}, "Rooms"), h("p", { role: "status" }, "Loading…"));
  void guarded(el, async () => {
    const { rooms } = await api.get<{ rooms: Room[] }>("v1/rooms", { limit: "500" });
    el.replaceChildren(
      h("h2", {}, "Rooms"),
      rooms.length === 0
        ? h("p", { class: "empty" }, "No rooms.")
        : table(
            `${rooms.length} rooms`,
            ["Room", "Visibility", "Write policy", "Members", "Created"],
            rooms.map((r) => [
              h("a", { href: route("rooms", r.id) }, r.name === r.id ? r.id : `${r.name} (${r.id})`),
              r.visibility ?? "private",
              r.write_policy ?? "members",
              String(r.members?.length ?? 0),
              formatTime(r.created_at),
            ]),
          ),
    );
  });
  return noop;
}

function artifactsPanel(query: Record<string, string>, label: string): HTMLElement {
  const section = h(
    "section",
    { class: "artifacts", "aria-label": `Artifacts in ${label}` },
    h("h3", {}, "Artifacts"),
    h("p", { role: "status" }, "Loading…"),
  );
  void guarded(section, async () => {
    const { artifacts } = await api.get<{ artifacts: Artifact[]; page: Page }>("v1/artifacts", {
      ...query,
      limit: "100",
    });
    section.replaceChildren(
      h("h3", {}, "Artifacts"),
      artifacts.length === 0
        ? h("p", { class: "empty" }, "No artifacts.")
        : h(
            "ul",
            {},
            ...artifacts.map((a) => {
              const name = a.filename || a.url || a.id;
              const safe = a.url && /^https?:\/\//i.test(a.url) ? a.url : null;
              return h(
                "li",
                { class: "artifact" },
                h("span", { class: "kind" }, a.kind),
                " ",
                safe ? h("a", { href: safe, rel: "noopener noreferrer", target: "_blank" }, name) : name,
                a.media_type ? ` (${a.media_type})` : "",
                ` · message ${a.message_id} · ${formatTime(a.created_at)}`,
              );
            }),
          ),
    );
  });
  return section;
}

export function roomView(el: HTMLElement, session: Session, roomId: string): Cleanup {
  el.replaceChildren(h("h2", {}, `Room ${roomId}`), h("p", { role: "status" }, "Loading…"));
  let cleanup: Cleanup = noop;
  void guarded(el, async () => {
    const room = await api.get<Room>(`v1/rooms/${encodeURIComponent(roomId)}`);
    const { threads } = await api.get<{ threads: Thread[] }>(`v1/rooms/${encodeURIComponent(roomId)}/threads`, {
      limit: "500",
    });
    const byParent = new Map(threads.filter((t) => t.parent_message_id).map((t) => [t.parent_message_id!, t]));
    const history = createHistory({
      path: `v1/rooms/${encodeURIComponent(roomId)}/messages`,
      label: room.name,
      belongs: (m) => m.target.kind === "room" && m.target.room_id === roomId,
      threads: byParent,
    });
    const threadList = h("ul", { class: "threads" });
    const renderThreads = () =>
      threadList.replaceChildren(
        ...[...byParent.values(), ...threads.filter((t) => !t.parent_message_id)].map((t) =>
          h(
            "li",
            {},
            h("a", { href: route("threads", t.id) }, t.id),
            ` · ${t.message_count} messages · last ${formatTime(t.last_message_at)}`,
          ),
        ),
      );
    renderThreads();
    const unsubscribe = stream.subscribe((event) => {
      const t = event.thread ?? null;
      if (event.type === "thread.created" && t && t.room_id === roomId && t.parent_message_id) {
        // thread.created counts the message whose message.created follows it; that event adds it.
        byParent.set(t.parent_message_id, { ...t, message_count: t.message_count - 1 });
        history.threadsChanged();
        renderThreads();
      } else if (event.type === "message.created" && event.message?.target.kind === "thread") {
        // Keep counts in step without refetching the thread list.
        const known = [...byParent.values()].find((x) => x.id === event.message!.target.thread_id);
        if (known) {
          known.message_count++;
          known.last_message_at = event.message.created_at;
          history.threadsChanged();
          renderThreads();
        }
      }
    });
    cleanup = () => {
      unsubscribe();
      history.dispose();
    };
    el.replaceChildren(
      h("h2", {}, room.name === room.id ? `Room ${room.id}` : `Room ${room.name} (${room.id})`),
      definition([
        ["Visibility", room.visibility ?? "private"],
        ["Write policy", room.write_policy ?? "members"],
        ["Members", (room.members ?? []).join(", ") || "none"],
        ["You can write", String(room.access?.can_write ?? false)],
      ]),
      history.el,
      canWrite(session, room)
        ? createComposer({ kind: "room", room_id: roomId }, room.name, history.refresh)
        : h("p", { class: "read-only" }, "Read-only: this token cannot post here."),
      h("section", { class: "thread-list", "aria-label": "Threads" }, h("h3", {}, "Threads"), threadList),
      artifactsPanel({ room_id: roomId }, room.name),
    );
  });
  return () => cleanup();
}

export function threadView(el: HTMLElement, session: Session, threadId: string): Cleanup {
  el.replaceChildren(h("h2", {}, `Thread ${threadId}`), h("p", { role: "status" }, "Loading…"));
  let cleanup: Cleanup = noop;
  void guarded(el, async () => {
    const thread = await api.get<Thread>(`v1/threads/${encodeURIComponent(threadId)}`);
    const history = createHistory({
      path: `v1/threads/${encodeURIComponent(threadId)}/messages`,
      label: `thread ${threadId}`,
      belongs: (m) => m.target.kind === "thread" && m.target.thread_id === threadId,
    });
    cleanup = () => history.dispose();
    el.replaceChildren(
      h("h2", {}, `Thread ${thread.id}`),
      definition([
        ["Room", h("a", { href: route("rooms", thread.room_id) }, thread.room_id)],
        ["Parent message", thread.parent_message_id ?? "none"],
        ["Messages", String(thread.message_count)],
      ]),
      history.el,
      canWrite(session)
        ? createComposer(
            {
              kind: "thread",
              room_id: thread.room_id,
              thread_id: thread.id,
              parent_message_id: thread.parent_message_id,
            },
            `thread ${thread.id}`,
            history.refresh,
          )
        : h("p", { class: "read-only" }, "Read-only: this token cannot post here."),
      artifactsPanel({ thread_id: threadId }, `thread ${threadId}`),
    );
  });
  return () => cleanup();
}

// -- DMs -----------------------------------------------------------------------
async function listDms(): Promise<Dm[]> {
  return (await api.get<{ dms: Dm[] }>("v1/dms", { limit: "500" })).dms;
}

function dmRows(dms: Dm[]): HTMLElement {
  return dms.length === 0
    ? h("p", { class: "empty" }, "No direct messages.")
    : table(
        `${dms.length} direct conversations`,
        ["DM", "Participants", "Messages", "Last message"],
        dms.map((d) => [
          h("a", { href: route("dms", d.id) }, d.id),
          (d.participant_ids ?? []).join(", "),
          String(d.message_count),
          formatTime(d.last_message_at),
        ]),
      );
}

export function dmsView(el: HTMLElement): Cleanup {
  el.replaceChildren(h("h2", {}, "Direct messages"), h("p", { role: "status" }, "Loading…"));
  void guarded(el, async () => el.replaceChildren(h("h2", {}, "Direct messages"), dmRows(await listDms())));
  return noop;
}

export function dmView(el: HTMLElement, session: Session, dmId: string): Cleanup {
  el.replaceChildren(h("h2", {}, `DM ${dmId}`), h("p", { role: "status" }, "Loading…"));
  let cleanup: Cleanup = noop;
  void guarded(el, async () => {
    const dm = await api.get<Dm>(`v1/dms/${encodeURIComponent(dmId)}`);
    const history = createHistory({
      path: `v1/dms/${encodeURIComponent(dmId)}/messages`,
      label: `DM ${dmId}`,
      belongs: (m) => m.target.kind === "dm" && m.target.dm_id === dmId,
    });
    cleanup = () => history.dispose();
    el.replaceChildren(
      h("h2", {}, `DM ${dm.id}`),
      definition([
        ["Participants", (dm.participant_ids ?? []).join(", ")],
        ["Messages", String(dm.message_count)],
      ]),
      history.el,
      canWrite(session)
        ? createComposer(
            { kind: "dm", dm_id: dm.id, participant_ids: dm.participant_ids },
            `DM ${dm.id}`,
            history.refresh,
          )
        : h("p", { class: "read-only" }, "Read-only: this token cannot post here."),
      artifactsPanel({ dm_id: dmId }, `DM ${dmId}`),
    );
  });
  return () => cleanup();
}

// -- agents --------------------------------------------------------------------
const presence = (a: Agent) =>
  h("span", { class: a.connected ? "presence on" : "presence off" }, a.connected ? "connected" : "not connected");

export function agentsView(el: HTMLElement): Cleanup {
  el.replaceChildren(h("h2", {}, "Agents"), h("p", { role: "status" }, "Loading…"));
  void guarded(el, async () => {
    const { agents } = await api.get<{ agents: Agent[] }>("v1/agents", { limit: "500" });
    el.replaceChildren(
      h("h2", {}, "Agents"),
      agents.length === 0
        ? h("p", { class: "empty" }, "No agents.")
        : table(
            `${agents.length} agents`,
            ["Agent", "Presence", "Rooms"],
            agents.map((a) => [
              h("a", { href: route("agents", a.id) }, a.name ? `${a.name} (${a.id})` : a.id),
              presence(a),
              (a.rooms ?? []).join(", "),
            ]),
          ),
    );
  });
  return noop;
}

export function agentView(el: HTMLElement, session: Session, agentId: string): Cleanup {
  el.replaceChildren(h("h2", {}, `Agent ${agentId}`), h("p", { role: "status" }, "Loading…"));
  void guarded(el, async () => {
    const agent = await api.get<Agent>(`v1/agents/${encodeURIComponent(agentId)}`);
    const dmSection = h("section", { "aria-label": "Direct messages of this agent" }, h("h3", {}, "Direct messages"));
    el.replaceChildren(
      h("h2", {}, agent.name ? `Agent ${agent.name} (${agent.id})` : `Agent ${agent.id}`),
      definition([["Presence", presence(agent)]]),
      h(
        "section",
        { "aria-label": "Rooms of this agent" },
        h("h3", {}, "Rooms"),
        h("ul", {}, ...(agent.rooms ?? []).map((r) => h("li", {}, h("a", { href: route("rooms", r) }, r)))),
      ),
      ...(session.network.capabilities.direct_messages ? [dmSection] : []),
    );
    if (!session.network.capabilities.direct_messages) return;
    const mine = (id: string) => id === agent.id || id.endsWith(`/agents/${agent.id}`);
    await guarded(dmSection, async () =>
      dmSection.append(dmRows((await listDms()).filter((d) => (d.participant_ids ?? []).some(mine)))),
    );
  });
  return noop;
}

// -- events --------------------------------------------------------------------
function describeEvent(e: MoltEvent): string {
  if (e.message) {
    const t = e.message.target;
    const where =
      t.kind === "room" ? `room ${t.room_id}` : t.kind === "thread" ? `thread ${t.thread_id}` : `DM ${t.dm_id}`;
    return `${e.message.from.id} → ${where}: ${e.message.parts.map((p) => p.text ?? p.url ?? p.kind).join(" ")}`;
  }
  if (e.room) return `room ${e.room.id}`;
  if (e.thread) return `thread ${e.thread.id} in room ${e.thread.room_id}`;
  if (e.dm) return `DM ${e.dm.id}`;
  if (e.agent) return `agent ${e.agent.agent_id}`;
  return "";
}

export function eventsView(el: HTMLElement): Cleanup {
  const list = h("ol", { class: "events", "aria-live": "polite" });
  const row = (e: MoltEvent) =>
    h(
      "li",
      { class: "event" },
      h("time", { datetime: e.created_at }, formatTime(e.created_at)),
      " ",
      h("code", {}, e.type),
      " ",
      describeEvent(e),
    );
  const state = h("span", { class: `stream-state ${stream.state}` }, stream.state);
  list.append(...[...stream.recent].reverse().map(row));
  el.replaceChildren(
    h("h2", {}, "Events"),
    h("p", {}, "Live stream: ", state, ". Newest first; events since this page was opened."),
    list,
  );
  const offEvents = stream.subscribe((e) => {
    list.prepend(row(e));
    while (list.children.length > 200) list.lastElementChild?.remove();
  });
  const offState = stream.onState((s) => {
    state.textContent = s;
    state.className = `stream-state ${s}`;
  });
  return () => {
    offEvents();
    offState();
  };
}

// -- pairings ------------------------------------------------------------------
export function pairingsView(el: HTMLElement): Cleanup {
  el.replaceChildren(h("h2", {}, "Pairings"), h("p", { role: "status" }, "Loading…"));
  void guarded(el, async () => {
    const { pairings } = await api.get<{ pairings: Pairing[] }>("v1/pairings", { limit: "500" });
    el.replaceChildren(
      h("h2", {}, "Pairings"),
      pairings.length === 0
        ? h("p", { class: "empty" }, "No pairings configured.")
        : table(
            `${pairings.length} pairings`,
            ["Pairing", "Remote network", "Remote URL", "Status"],
            pairings.map((p) => [
              p.id,
              p.remote_network_name ? `${p.remote_network_name} (${p.remote_network_id})` : p.remote_network_id,
              p.remote_base_url ?? "",
              h("span", { class: `status ${p.status}` }, p.status),
            ]),
          ),
    );
  });
  return noop;
}

// -- storage -------------------------------------------------------------------
export function storageView(el: HTMLElement): Cleanup {
  el.replaceChildren(h("h2", {}, "Storage"), h("p", { role: "status" }, "Loading…"));
  void guarded(el, async () => {
    const s = await api.get<StorageReport>("v1/storage");
    const facts: Array<[string, string]> = [["Backend", s.kind]];
    if (s.path) facts.push(["File", s.path]);
    if (s.dsn) facts.push(["DSN", s.dsn]);
    facts.push(["Schema version", s.schema?.version === null || !s.schema ? "n/a" : String(s.schema.version)]);
    facts.push(["Database size", formatBytes(s.size.database_bytes)]);
    if (s.kind === "sqlite") {
      facts.push(["WAL size", formatBytes(s.size.wal_bytes)]);
      facts.push(["Last checkpoint", s.size.last_checkpoint_at ? formatTime(s.size.last_checkpoint_at) : "none yet"]);
    }
    facts.push([
      "Event log",
      s.event_log
        ? `${s.event_log.events} events, ${formatBytes(s.event_log.bytes)}, retention ${s.event_log.retention ?? "n/a"}`
        : "not kept by this store (in-memory replay buffer only)",
    ]);
    const tables = Object.entries(s.tables);
    el.replaceChildren(
      h("h2", {}, "Storage"),
      definition(facts),
      s.schema
        ? table(
            "Applied migrations",
            ["Version", "Name", "Applied at"],
            s.schema.applied.map((m) => [String(m.version), m.name, formatTime(m.applied_at)]),
          )
        : h("p", {}, "This backend has no migrations."),
      ...(s.schema && s.schema.pending.length > 0
        ? [
            table(
              "Pending migrations",
              ["Version", "Name"],
              s.schema.pending.map((m) => [String(m.version), m.name]),
            ),
          ]
        : []),
      tables.length > 0
        ? table(
            "Rows per table",
            ["Table", "Rows"],
            tables.map(([name, n]) => [name, String(n)]),
          )
        : h("p", {}, "No per-table counts for this backend."),
    );
  });
  return noop;
}
