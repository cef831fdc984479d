// The agent registry in memory, with a credential key -> agent ids index so
// token authentication never scans the registry.
import { StoreError } from "../errors.js";
import type { IdRange, StorageKind } from "../store.js";
import type { AgentRegistration } from "../types.js";
import { compareBytewise } from "../participants.js";
import { SortedIds } from "./sorted-ids.js";

/** Only the registration's own fields (a caller's extra properties, such as a plaintext token, never get stored). */
function cleanRegistration(r: AgentRegistration): AgentRegistration {
  const out: AgentRegistration = {
    network_id: r.network_id,
    agent_id: r.agent_id,
    actor_uid: r.actor_uid,
    actor_uri: r.actor_uri,
    credential_key: r.credential_key,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
  if (r.display_name) out.display_name = r.display_name;
  return out;
}

export class AgentsState {
  readonly #agents = new Map<string, AgentRegistration>();
  readonly #ids = new SortedIds();
  readonly #byCredential = new Map<string, Set<string>>();

  constructor(private readonly backend: StorageKind) {}

  register(input: AgentRegistration): AgentRegistration {
    const existing = this.#agents.get(input.agent_id);
    if (!existing) return this.#insertNew(input);
    if (existing.credential_key !== input.credential_key) {
      throw new StoreError(
        "agent_credential",
        `agent "${input.agent_id}" is already registered with different credentials`,
        {
          backend: this.backend,
        },
      );
    }
    return this.#refresh(existing, input, existing.credential_key);
  }

  reconcile(input: AgentRegistration): AgentRegistration {
    const existing = this.#agents.get(input.agent_id);
    if (!existing) return this.#insertNew(input);
    return this.#refresh(existing, input, input.credential_key);
  }

  get(agentId: string): AgentRegistration | null {
    const found = this.#agents.get(agentId.trim());
    return found ? { ...found } : null;
  }

  byCredentialKey(credentialKey: string): AgentRegistration | null {
    const key = credentialKey.trim();
    if (!key) return null;
    const ids = this.#byCredential.get(key);
    if (!ids) return null;
    // Several agents may share a key (one static token, many agents): the lowest id wins, as in SQL.
    let lowest: string | null = null;
    for (const id of ids) if (lowest === null || compareBytewise(id, lowest) < 0) lowest = id;
    return lowest === null ? null : this.get(lowest);
  }

  list(): AgentRegistration[] {
    return this.#ids.values.map((id) => ({ ...this.#agents.get(id)! }));
  }

  listIn(range: IdRange): AgentRegistration[] {
    return this.#ids.range(range).map((id) => ({ ...this.#agents.get(id)! }));
  }

  /** True when something was removed. */
  remove(agentId: string): boolean {
    const id = agentId.trim();
    const existing = this.#agents.get(id);
    if (!existing) return false;
    this.#unindex(existing);
    this.#agents.delete(id);
    this.#ids.remove(id);
    return true;
  }

  // Snapshot support -----------------------------------------------------------

  restore(registration: AgentRegistration): void {
    const previous = this.#agents.get(registration.agent_id);
    if (previous) this.#unindex(previous);
    this.#put(cleanRegistration(registration));
  }

  /** Stored records in id order (read only). */
  *all(): Iterable<Readonly<AgentRegistration>> {
    for (const id of this.#ids.values) yield this.#agents.get(id)!;
  }

  get size(): number {
    return this.#agents.size;
  }

  // Internals ------------------------------------------------------------------

  #insertNew(input: AgentRegistration): AgentRegistration {
    const record = cleanRegistration(input);
    this.#put(record);
    return { ...record };
  }

  /** Keeps actor ids and created_at; takes a non-empty display name, updated_at and the given key. */
  #refresh(existing: AgentRegistration, input: AgentRegistration, credentialKey: string): AgentRegistration {
    const next: AgentRegistration = { ...existing, credential_key: credentialKey, updated_at: input.updated_at };
    if (input.display_name) next.display_name = input.display_name;
    this.#unindex(existing);
    this.#put(next);
    return { ...next };
  }

  #put(record: AgentRegistration): void {
    this.#agents.set(record.agent_id, record);
    this.#ids.insert(record.agent_id);
    let ids = this.#byCredential.get(record.credential_key);
    if (!ids) this.#byCredential.set(record.credential_key, (ids = new Set()));
    ids.add(record.agent_id);
  }

  #unindex(record: AgentRegistration): void {
    const ids = this.#byCredential.get(record.credential_key);
    ids?.delete(record.agent_id);
    if (ids && ids.size === 0) this.#byCredential.delete(record.credential_key);
  }
}
