// A static token's identity: its configured id, or one derived from the value
// so that `token:<id>` credential keys stay stable across restarts without
// the value itself ever being stored.
import { createHash } from "node:crypto";

export function staticTokenId(id: string | undefined, value: string | undefined): string {
  const explicit = (id ?? "").trim();
  if (explicit) return explicit;
  const digest = createHash("sha256")
    .update((value ?? "").trim())
    .digest("hex");
  return `tok_${digest.slice(0, 16)}`;
}
