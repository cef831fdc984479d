// The agent registry. register and reconcile read-then-write in one
// transaction with the row locked; when two first registrations of one id race,
// the loser's insert finds the row taken (ON CONFLICT DO NOTHING returns
// nothing) and the whole upsert runs again, now as an update of the winner's row.
import { eq, sql } from "drizzle-orm";
import { eventsFor, type EventsOf } from "../events.js";
import { drizzleExec, insertEvents } from "./events.js";
import { postgres as schema } from "@moltnet/schema";
import { StoreError } from "../errors.js";
import type { IdRange } from "../store.js";
import type { AgentRegistration } from "../types.js";
import { directionOf, pageSize, readsDescending, type Direction } from "./keyset.js";
import { StatementCache } from "./statement-cache.js";
import type { Db } from "./connection.js";
import { pgTime, toRegistration } from "./rows.js";
import { registrationToRow } from "../sql/records.js";
import { isUniqueViolation } from "./errors.js";
import { bytewise } from "./columns.js";
import { transaction } from "./transaction.js";

const { agents } = schema;
const agentOrder = bytewise(agents.agentId);
/** A race needs a concurrent insert of the same id that then vanishes; a few rounds always settle it. */
const MAX_ATTEMPTS = 5;

class InsertRaced extends Error {}

/** A keyset page of the registry along idx_agents_id_bytewise (agent_id COLLATE "C"): reads the page's rows only. */
export function agentPage(db: Db, direction: Direction) {
  const query = db.select().from(agents);
  const bounded =
    direction === "after"
      ? query.where(sql`${agentOrder} > ${sql.placeholder("cursor")}`)
      : direction === "before"
        ? query.where(sql`${agentOrder} < ${sql.placeholder("cursor")}`)
        : query;
  return bounded
    .orderBy(readsDescending(direction) ? sql`${agentOrder} desc` : sql`${agentOrder} asc`)
    .limit(sql.placeholder("limit"))
    .prepare(`agent_page_${direction}`);
}

function statements(db: Db) {
  return {
    byId: db
      .select()
      .from(agents)
      .where(eq(agents.agentId, sql.placeholder("id")))
      .prepare("agent_get"),
    byCredential: db
      .select()
      .from(agents)
      .where(eq(agents.credentialKey, sql.placeholder("key")))
      .orderBy(agentOrder)
      .limit(1)
      .prepare("agent_by_credential"),
  };
}

export class PgAgents {
  readonly #db: Db;
  readonly #statements: ReturnType<typeof statements>;
  readonly #pages: StatementCache<Direction, ReturnType<typeof agentPage>>;

  constructor(db: Db) {
    this.#db = db;
    this.#statements = statements(db);
    this.#pages = new StatementCache((direction) => agentPage(db, direction));
  }

  register(registration: AgentRegistration): Promise<AgentRegistration> {
    return this.#upsert(registration, false);
  }

  reconcile(registration: AgentRegistration): Promise<AgentRegistration> {
    return this.#upsert(registration, true);
  }

  async #upsert(registration: AgentRegistration, rebind: boolean): Promise<AgentRegistration> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await transaction(this.#db, async (tx) => {
          const [existing] = await tx
            .select()
            .from(agents)
            .where(eq(agents.agentId, registration.agent_id))
            .for("update");
          if (existing) {
            if (existing.credentialKey !== registration.credential_key && !rebind) {
              throw new StoreError(
                "agent_credential",
                `agent "${registration.agent_id}" is registered with another credential`,
                {
                  backend: "postgres",
                },
              );
            }
            const [row] = await tx
              .update(agents)
              .set({
                // Actor ids and created_at stay; a blank name keeps the stored one.
                displayName: registration.display_name ? registration.display_name : (existing.displayName ?? ""),
                credentialKey: registration.credential_key,
                updatedAt: pgTime.write(registration.updated_at),
              })
              .where(eq(agents.agentId, registration.agent_id))
              .returning();
            return toRegistration(row!);
          }
          const [row] = await tx
            .insert(agents)
            .values(registrationToRow(registration, pgTime))
            .onConflictDoNothing({ target: agents.agentId })
            .returning();
          if (!row) throw new InsertRaced();
          return toRegistration(row);
        });
      } catch (err) {
        const raced = err instanceof InsertRaced || isUniqueViolation(err);
        if (!raced || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }

  async get(agentId: string): Promise<AgentRegistration | null> {
    const [row] = await this.#statements.byId.execute({ id: agentId.trim() });
    return row ? toRegistration(row) : null;
  }

  async getByCredentialKey(credentialKey: string): Promise<AgentRegistration | null> {
    const key = credentialKey.trim();
    if (!key) return null;
    const [row] = await this.#statements.byCredential.execute({ key });
    return row ? toRegistration(row) : null;
  }

  async listIn(range: IdRange): Promise<AgentRegistration[]> {
    const direction = directionOf(range, "first");
    const rows = await this.#pages
      .get(direction)
      .execute({ cursor: range.after ?? range.before, limit: pageSize(range) });
    if (readsDescending(direction)) rows.reverse();
    return rows.map(toRegistration);
  }

  async list(): Promise<AgentRegistration[]> {
    const rows = await this.#db.select().from(agents).orderBy(agentOrder);
    return rows.map(toRegistration);
  }

  async remove(agentId: string, events?: EventsOf<void>): Promise<void> {
    if (events === undefined) {
      await this.#db.delete(agents).where(eq(agents.agentId, agentId.trim()));
      return;
    }
    await this.#db.transaction(async (tx) => {
      await tx.delete(agents).where(eq(agents.agentId, agentId.trim()));
      await insertEvents(drizzleExec(tx), eventsFor(events, undefined));
    });
  }
}
