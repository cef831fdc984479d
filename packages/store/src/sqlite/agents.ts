// The agent registry. Synchronous; sqlite-store.ts wraps it in async methods.
import { asc, eq } from "drizzle-orm";
import { sqlite } from "@moltnet/schema";
import { StoreError } from "../errors.js";
import type { IdRange } from "../store.js";
import type { AgentRegistration } from "../types.js";
import type { CollectionStatements } from "./collection-statements.js";
import type { SqliteDb } from "./connection.js";
import { limitOf, sqliteTime } from "./keyset.js";
import { registrationFromRow } from "./rows.js";
import { registrationToRow } from "../sql/records.js";
import { isUniqueViolation } from "./errors.js";

const { agents } = sqlite;

export class SqliteAgents {
  constructor(
    private readonly db: SqliteDb,
    private readonly st: CollectionStatements,
  ) {}

  /**
   * Read, then update or insert, in one IMMEDIATE transaction (the write lock
   * is held from the read on, so no other writer can slip in between). An
   * existing record keeps its actor ids and created_at, takes a non-empty
   * display name and the new updated_at; `rebind` also takes the new
   * credential key where register refuses a different one.
   */
  upsert(registration: AgentRegistration, rebind: boolean): AgentRegistration {
    for (let attempt = 0; ; attempt++) {
      try {
        return this.db.transaction(() => this.upsertOnce(registration, rebind), { behavior: "immediate" });
      } catch (err) {
        // Only a writer outside this process could insert between our read and insert; retry once.
        if (attempt === 0 && isUniqueViolation(err)) continue;
        throw err;
      }
    }
  }

  private upsertOnce(registration: AgentRegistration, rebind: boolean): AgentRegistration {
    const row = this.st.agent.get({ id: registration.agent_id });
    if (!row) {
      this.db.insert(agents).values(registrationToRow(registration, sqliteTime)).run();
      return stripToken(registration);
    }
    if (row.credentialKey !== registration.credential_key && !rebind) {
      throw new StoreError(
        "agent_credential",
        `agent "${registration.agent_id}" is registered under another credential`,
        {
          backend: "sqlite",
        },
      );
    }
    const existing = registrationFromRow(row);
    const updated: AgentRegistration = {
      ...existing,
      credential_key: registration.credential_key,
      updated_at: registration.updated_at,
    };
    if (registration.display_name) updated.display_name = registration.display_name;
    this.db
      .update(agents)
      .set({
        displayName: updated.display_name ?? "",
        credentialKey: updated.credential_key,
        updatedAt: sqliteTime.write(updated.updated_at),
      })
      .where(eq(agents.agentId, row.agentId))
      .run();
    return updated;
  }

  get(agentId: string): AgentRegistration | null {
    const row = this.st.agent.get({ id: agentId.trim() });
    return row ? registrationFromRow(row) : null;
  }

  byCredentialKey(key: string): AgentRegistration | null {
    const trimmed = key.trim();
    if (!trimmed) return null;
    const row = this.st.agentByCredential.get({ key: trimmed });
    return row ? registrationFromRow(row) : null;
  }

  listIn(range: IdRange): AgentRegistration[] {
    const limit = limitOf(range);
    if (range.before !== undefined)
      return this.st.agentsBefore.all({ id: range.before, limit }).reverse().map(registrationFromRow);
    if (range.after !== undefined) return this.st.agentsAfter.all({ id: range.after, limit }).map(registrationFromRow);
    return this.st.agentsFirst.all({ limit }).map(registrationFromRow);
  }

  list(): AgentRegistration[] {
    return this.db.select().from(agents).orderBy(asc(agents.agentId)).all().map(registrationFromRow);
  }

  remove(agentId: string): void {
    this.db.delete(agents).where(eq(agents.agentId, agentId.trim())).run();
  }
}

/** The API-only plaintext token never reaches storage or comes back from it. */
function stripToken(registration: AgentRegistration): AgentRegistration {
  const { agent_token: _token, ...rest } = registration as AgentRegistration & { agent_token?: string };
  const out: AgentRegistration = { ...rest };
  if (!out.display_name) delete out.display_name;
  return out;
}
