// Event ids (§1.3): random `evt_<uuid>` for most events, a deterministic one
// for `message.created` (so a retried message reports the same event id), and
// `evt_gap_<sha256>` for synthetic replay-gap events.
import { createHash } from "node:crypto";
import { deterministicPrefixedId, newPrefixedId } from "../ids.js";

/** `evt_<random uuid v4>`. */
export function newEventId(): string {
  return newPrefixedId("evt");
}

/** `evt_` + UUID-shaped SHA-256 of the trimmed message id: `m1` → `evt_ca0df2c9-5aa1-44c1-90ff-2ff3c8f967fd`. */
export function messageEventId(messageId: string): string {
  return deterministicPrefixedId("evt", messageId);
}

export const REPLAY_GAP_PREFIX = "evt_gap_";

/** `evt_gap_` + 64 hex of SHA-256(requested cursor). */
export function replayGapEventId(cursor: string): string {
  return REPLAY_GAP_PREFIX + createHash("sha256").update(cursor, "utf8").digest("hex");
}
