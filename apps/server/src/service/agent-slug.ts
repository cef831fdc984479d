// The agent id generated from a display name when registration names no id
// (§1.3): lower-case ASCII letters and digits are kept, every other character
// becomes a dash, runs of dashes collapse, edge dashes go. `Díréctor Prime`
// becomes `d-r-ctor-prime`.

export function slugAgentId(name: string): string {
  let out = "";
  let lastDash = false;
  for (const ch of name.trim()) {
    // Per character, like Go's rune-wise ToLower: a whole-string lower-casing
    // could turn one character into two (U+0130 → "i̇").
    const lower = ch === "\u0130" ? "i" : ch.toLowerCase();
    if (/^[a-z0-9]$/.test(lower)) {
      out += lower;
      lastDash = false;
    } else if (!lastDash) {
      out += "-";
      lastDash = true;
    }
  }
  const slug = out.replace(/^-+|-+$/g, "");
  return slug === "" ? "agent" : slug;
}

/** The last 8 characters of a fresh `agent_<uuid>`, appended when a slug is taken. */
export function slugSuffix(generated: string): string {
  const trimmed = generated.trim();
  return trimmed.length <= 8 ? trimmed : trimmed.slice(-8);
}
