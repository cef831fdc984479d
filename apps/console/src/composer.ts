// Posts as the operator: a human sender, shown only where the caller may write
// (network.console.can_send_human and the room's access.can_write).
import { api, explain } from "./api.js";
import { h } from "./dom.js";
import { stream } from "./stream.js";
import type { Target } from "./types.js";

export const OPERATOR = { type: "human", id: "operator", name: "Operator" };

let counter = 0;

export function createComposer(target: Target, label: string, afterSend: () => Promise<void>): HTMLElement {
  const id = `composer-${++counter}`;
  const input = h("textarea", {
    id,
    name: "text",
    rows: 2,
    required: true,
    placeholder: `Message ${label} as Operator`,
  });
  const button = h("button", { type: "submit" }, "Send");
  const status = h("p", { class: "composer-status", role: "status" });
  const form = h(
    "form",
    { class: "composer", "aria-label": `Send to ${label}` },
    h("label", { for: id }, `Message to ${label}`),
    input,
    button,
    status,
  );
  input.addEventListener("keydown", (event) => {
    // Enter sends, Shift+Enter is a new line.
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  const submit = async () => {
    const text = input.value.trim();
    if (text === "" || button.disabled) return;
    button.disabled = true;
    status.textContent = "Sending…";
    try {
      await api.post("v1/messages", { target, from: OPERATOR, parts: [{ kind: "text", text }] });
      input.value = "";
      status.textContent = "Sent.";
      // The stream delivers our own message; without a live stream, reload once.
      if (stream.state !== "live") await afterSend();
    } catch (err) {
      status.replaceChildren(h("span", { class: "error", role: "alert" }, explain(err)));
    } finally {
      button.disabled = false;
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // submit() reports its own failures in place; nothing is left to reject.
    void submit();
  });
  return form;
}
