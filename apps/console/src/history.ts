// A conversation's history: the newest page first, older pages on scroll (one
// request per page, never two at once), new messages from the event stream
// appended without a reload, thread links under their parent messages.
import { api, explain } from "./api.js";
import { formatTime, h, route } from "./dom.js";
import { renderPart } from "./parts.js";
import { stream } from "./stream.js";
import type { Message, Page, Thread } from "./types.js";

/** Messages per history request. */
export const PAGE_SIZE = 50;

export interface HistoryOptions {
  /** e.g. `v1/rooms/general/messages`. */
  path: string;
  label: string;
  /** Whether a streamed message belongs here. */
  belongs(message: Message): boolean;
  /** Threads of this room by parent message id (room histories only). */
  threads?: Map<string, Thread>;
}

export interface History {
  el: HTMLElement;
  /** Reloads the newest page (after a send while the stream is down). */
  refresh(): Promise<void>;
  /** Re-renders thread links after the thread map changed. */
  threadsChanged(): void;
  dispose(): void;
}

function renderMessage(message: Message, threads: Map<string, Thread> | undefined): HTMLElement {
  const sender = message.from.name ? `${message.from.name} (${message.from.id})` : message.from.id;
  const li = h(
    "li",
    { class: `message from-${message.from.type || "unknown"}`, "data-id": message.id },
    h(
      "div",
      { class: "meta" },
      h("strong", { class: "sender" }, sender),
      " ",
      h("span", { class: "kind" }, message.from.type),
      " ",
      h("time", { datetime: message.created_at }, formatTime(message.created_at)),
    ),
    ...message.parts.map((part) => renderPart(part, message)),
    h("div", { class: "thread-link" }),
  );
  fillThreadLink(li, threads);
  return li;
}

function fillThreadLink(li: HTMLElement, threads: Map<string, Thread> | undefined): void {
  const slot = li.querySelector(".thread-link");
  const thread = threads?.get(li.dataset.id ?? "");
  if (!slot || !thread) return;
  slot.replaceChildren(
    h(
      "a",
      { href: route("threads", thread.id) },
      `Open thread (${thread.message_count} ${thread.message_count === 1 ? "message" : "messages"})`,
    ),
  );
}

export function createHistory(options: HistoryOptions): History {
  const list = h("ol", { class: "messages" });
  const status = h("div", { class: "history-status", role: "status" });
  const olderButton = h("button", { type: "button", class: "older", hidden: true }, "Load older messages");
  const scroller = h(
    "section",
    { class: "history", tabindex: 0, "aria-label": `${options.label} history` },
    olderButton,
    status,
    list,
  );
  const seen = new Set<string>();
  let nextBefore: string | undefined;
  let hasMore = false;
  let loading = false;
  let disposed = false;

  const add = (messages: Message[], where: "start" | "end") => {
    const nodes = messages
      .filter((m) => !seen.has(m.id))
      .map((m) => (seen.add(m.id), renderMessage(m, options.threads)));
    if (where === "start") list.prepend(...nodes);
    else list.append(...nodes);
  };
  const setPage = (page: Page) => {
    hasMore = page.has_more;
    nextBefore = page.next_before;
    olderButton.hidden = !(hasMore && nextBefore);
  };
  const fail = (err: unknown) => status.replaceChildren(h("p", { class: "error", role: "alert" }, explain(err)));

  const loadNewest = async () => {
    loading = true;
    try {
      const result = await api.get<{ messages: Message[]; page: Page }>(options.path, { limit: String(PAGE_SIZE) });
      if (disposed) return;
      status.replaceChildren();
      list.replaceChildren();
      seen.clear();
      add(result.messages, "end");
      setPage(result.page);
      if (result.messages.length === 0) status.replaceChildren(h("p", { class: "empty" }, "No messages yet."));
      scroller.scrollTop = scroller.scrollHeight;
    } catch (err) {
      fail(err);
    } finally {
      loading = false;
    }
  };

  const loadOlder = async () => {
    if (loading || !hasMore || !nextBefore || disposed) return;
    loading = true;
    const before = scroller.scrollHeight - scroller.scrollTop;
    try {
      const result = await api.get<{ messages: Message[]; page: Page }>(options.path, {
        limit: String(PAGE_SIZE),
        before: nextBefore,
      });
      if (disposed) return;
      add(result.messages, "start");
      setPage(result.page);
      // Keep the message the reader was looking at in place.
      scroller.scrollTop = scroller.scrollHeight - before;
    } catch (err) {
      fail(err);
    } finally {
      loading = false;
    }
  };

  olderButton.addEventListener("click", () => void loadOlder());
  scroller.addEventListener("scroll", () => {
    if (scroller.scrollTop < 40) void loadOlder();
  });
  const unsubscribe = stream.subscribe((event) => {
    if (event.type !== "message.created" || !event.message || !options.belongs(event.message)) return;
    const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 60;
    status.querySelector(".empty")?.remove();
    add([event.message], "end");
    if (atBottom) scroller.scrollTop = scroller.scrollHeight;
  });
  void loadNewest();

  return {
    el: scroller,
    refresh: loadNewest,
    threadsChanged() {
      for (const li of list.querySelectorAll<HTMLElement>("li.message")) fillThreadLink(li, options.threads);
    },
    dispose() {
      disposed = true;
      unsubscribe();
    },
  };
}
