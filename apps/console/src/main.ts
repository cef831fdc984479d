// The console shell: header (network, stream state), navigation, and a hash
// router (#/rooms/general). Hash routes keep the document at …/console/, so
// every relative URL (assets, API) resolves the same way behind any prefix.
import "./style.css";
import { api } from "./api.js";
import { h, route } from "./dom.js";
import { stream } from "./stream.js";
import type { Network } from "./types.js";
import * as views from "./views.js";

const app = document.getElementById("app")!;
/** Filled in by the server when it serves index.html; "unknown" when served otherwise. */
const authMode = document.querySelector<HTMLMetaElement>('meta[name="moltnet-auth-mode"]')?.content || "unknown";

const NAV: Array<[string, string]> = [
  ["network", "Network"],
  ["rooms", "Rooms"],
  ["dms", "DMs"],
  ["agents", "Agents"],
  ["events", "Events"],
  ["pairings", "Pairings"],
  ["storage", "Storage"],
];

function shell(network: Network | null): { main: HTMLElement; nav: HTMLElement } {
  const state = h("span", { class: `stream-state ${stream.state}`, id: "stream-state" }, stream.state);
  stream.onState((s) => {
    state.textContent = s;
    state.className = `stream-state ${s}`;
  });
  const nav = h(
    "nav",
    { "aria-label": "Console sections" },
    h("ul", {}, ...NAV.map(([r, label]) => h("li", {}, h("a", { href: route(r), "data-route": r }, label)))),
  );
  const main = h("main", { id: "view", tabindex: -1 });
  app.replaceChildren(
    h("a", { href: "#view", class: "skip" }, "Skip to content"),
    h(
      "header",
      {},
      h("h1", {}, network ? network.name : "Moltnet"),
      h("p", { class: "network-id" }, network ? `${network.id} · v${network.version} · auth ${authMode}` : ""),
      h("p", { class: "stream", "aria-live": "polite" }, "Live stream: ", state),
    ),
    nav,
    main,
  );
  return { main, nav };
}

async function start(): Promise<void> {
  let network: Network;
  try {
    network = await api.get<Network>("v1/network");
  } catch (err) {
    const { main } = shell(null);
    main.replaceChildren(
      h("h2", {}, "Cannot load the network"),
      views.errorBox(err, () => location.reload()),
    );
    return;
  }
  document.title = `${network.name} · Moltnet console`;
  const session: views.Session = { network, authMode };
  const { main, nav } = shell(network);
  stream.start();
  let cleanup: () => void = () => {};

  const render = () => {
    cleanup();
    const [section = "network", id] = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
    for (const link of nav.querySelectorAll<HTMLAnchorElement>("a[data-route]")) {
      if (link.dataset.route === section) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
    if (section === "rooms" && id) cleanup = views.roomView(main, session, id);
    else if (section === "rooms") cleanup = views.roomsView(main);
    else if (section === "threads" && id) cleanup = views.threadView(main, session, id);
    else if (section === "dms" && id) cleanup = views.dmView(main, session, id);
    else if (section === "dms") cleanup = views.dmsView(main);
    else if (section === "agents" && id) cleanup = views.agentView(main, session, id);
    else if (section === "agents") cleanup = views.agentsView(main);
    else if (section === "events") cleanup = views.eventsView(main);
    else if (section === "pairings") cleanup = views.pairingsView(main);
    else if (section === "storage") cleanup = views.storageView(main);
    else cleanup = views.networkView(main, session);
  };
  window.addEventListener("hashchange", () => {
    render();
    // Keyboard and screen-reader users land on the new view, not back in the nav.
    main.focus();
  });
  render();
}

void start();
