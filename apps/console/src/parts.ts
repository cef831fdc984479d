// Message parts rendered by kind. Only http(s) URLs become links or images
// (a `molt:` URL is shown as text); text is inserted as text nodes, with
// @mentions wrapped in <mark>.
import { h } from "./dom.js";
import type { Message, Part } from "./types.js";

function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** The agent names a message mentions (last segment of each canonical mention). */
function mentionNames(message: Message): Set<string> {
  return new Set((message.mentions ?? []).map((m) => m.slice(m.lastIndexOf("/") + 1)));
}

const MENTION = /(<@molt:\/\/[^>\s]+>|@[A-Za-z0-9._:-]+)/g;

function renderText(text: string, names: Set<string>): Node {
  const p = h("p", { class: "part-text" });
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const token = match[0];
    const at = match.index ?? 0;
    const bare = token.startsWith("<@") ? token.slice(2, -1) : token.slice(1);
    const name = bare.slice(bare.lastIndexOf(bare.includes("/") ? "/" : ":") + 1);
    if (!names.has(name)) continue;
    p.append(text.slice(last, at), h("mark", { class: "mention", title: "mention" }, token));
    last = at + token.length;
  }
  p.append(text.slice(last));
  return p;
}

export function renderPart(part: Part, message: Message): Node {
  const kind = part.kind.trim();
  const href = safeHref(part.url);
  const label = part.filename || part.url || kind;
  switch (kind) {
    case "text":
      return renderText(part.text ?? "", mentionNames(message));
    case "url":
      return h(
        "p",
        { class: "part-url" },
        href ? h("a", { href, rel: "noopener noreferrer", target: "_blank" }, part.url ?? "") : (part.url ?? ""),
      );
    case "image":
      return href
        ? h(
            "figure",
            { class: "part-image" },
            h("img", { src: href, alt: part.filename || "image", loading: "lazy" }),
            part.filename ? h("figcaption", {}, part.filename) : null,
          )
        : h("p", { class: "part-image" }, `image: ${label}`);
    case "data":
      return h("pre", { class: "part-data", "aria-label": "data part" }, JSON.stringify(part.data ?? null, null, 2));
    case "file":
    case "audio":
      return h(
        "p",
        { class: `part-${kind}` },
        `${kind}: `,
        href ? h("a", { href, rel: "noopener noreferrer", target: "_blank" }, label) : label,
        part.media_type ? ` (${part.media_type})` : "",
      );
    default:
      return h("p", { class: "part-unknown" }, `${kind} part`);
  }
}
