// Identifier rules shared by the HTTP layer and the service layer (contract
// §1.3), and the generated ids. FQIDs and qualified agent ids live in the
// store's fqid.ts. Validators return the Go-style error text (or undefined when valid)
// so callers can prefix it the way the reference does: `from.id ${err}`,
// `members[2] ${err}`, `before ${err}`.
import { hash, randomUUID } from "node:crypto";
import { parseQualifiedAgent, type QualifiedAgent } from "@moltnet/store";

const MAX_ID_LENGTH = 128;
/** The generic id pattern: messages, rooms, threads, DMs, cursors, agent ids, event ids. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const ID_PATTERN_TEXT = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";

/** Generic id check on an already-trimmed value: length first, then the pattern. */
export function idError(value: string): string | undefined {
  // Go measures bytes, so a long non-ASCII id reports its length first.
  if (value.length > MAX_ID_LENGTH || Buffer.byteLength(value, "utf8") > MAX_ID_LENGTH)
    return "id must be 128 characters or fewer";
  if (!ID_PATTERN.test(value)) return `id must match ${ID_PATTERN_TEXT}`;
  return undefined;
}

/** Room id check: the generic error prefixed with `room id ` (so `room id id must match …`). */
export function roomIdError(value: string): string | undefined {
  const err = idError(value);
  return err === undefined ? undefined : `room id ${err}`;
}

/**
 * Member / participant / agent id check (`ValidateMemberID`) on the trimmed
 * value: scoped `net:agent`, then agent FQID, then a plain id. Any plain id
 * containing `:` is read as scoped, as the reference does.
 */
export function memberIdError(value: string): string | undefined {
  return parsedMemberIdError(value, parseQualifiedAgent(value));
}

/** memberIdError for a value whose qualified reading (parseQualifiedAgent) the caller already holds. */
export function parsedMemberIdError(value: string, qualified: QualifiedAgent | null): string | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return "is required";
  if (qualified) {
    const net = idError(qualified.networkId);
    if (net !== undefined) return `network id ${net}`;
    const agent = idError(qualified.agentId);
    if (agent !== undefined) return `agent id ${agent}`;
    return undefined;
  }
  return idError(trimmed);
}

/** `<prefix>_<random uuid v4>`: `msg_…`, `evt_…`, `actor_…`, `agent_…`. */
export function newPrefixedId(prefix: string): string {
  // randomUUID draws from a cached entropy pool; randomBytes(16) per call was
  // a measurable share of a POST's CPU time. Same format: lowercase v4.
  return `${prefix.trim()}_${randomUUID()}`;
}

/** `<prefix>_` + UUID-shaped first 16 bytes of SHA-256(trimmed seed). */
export function deterministicPrefixedId(prefix: string, seed: string): string {
  // One-shot hash to hex, then the version and variant set in the text: a
  // createHash object and byte copies per message were ~4% of a POST's CPU.
  const hex = hash("sha256", seed.trim(), "hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${prefix.trim()}_${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
