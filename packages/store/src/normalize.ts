// Normalizations every backend applies the same way: room policies as stored
// (old rows and snapshots may hold blanks or unknown values). One copy, so
// backends cannot drift apart.
import type { Visibility, WritePolicy } from "./types.js";

/** `public`, else `private` (the reference's default for rows written before policies existed). */
export function normalizeVisibility(value: string | null | undefined): Visibility {
  return value?.trim() === "public" ? "public" : "private";
}

/** `registered_agents` or `operators`, else `members`. */
export function normalizeWritePolicy(value: string | null | undefined): WritePolicy {
  const v = value?.trim();
  return v === "registered_agents" || v === "operators" ? v : "members";
}
