// POST /v1/apply and startup reconciliation (§5.12, §6.5): declared agents
// are bound to their credentials (rebinding an earlier claim), declared rooms
// are created or reset to their declaration. Everything is validated before
// anything is written. A declared room that was soft-removed cannot be
// recreated or reconciled: `unknown room "<id>"` (which stops a boot).
import { isStoreError, wireRegistration, wireRoom, type AgentRegistration, type Room } from "@moltnet/store";
import type { AppContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { goQuote } from "../go-quote.js";
import { memberIdError } from "../ids.js";
import { unknownRoom } from "./not-found.js";
import { createRoomError, roomFromRequest } from "./room-request.js";
import { createRoom } from "./rooms.js";
import { newRegistration } from "./register.js";
import { MAX_CREDENTIAL_KEY_LENGTH, nulError } from "./request-rules.js";
import type { ApplyConfigRequest, CreateRoomRequest } from "./request-schemas.js";

export interface ApplyConfigResult {
  applied: true;
  /** Every declared room as it now stands (created or reconciled), in request order. */
  rooms: Room[];
  /** Ids of the rooms this call created. */
  created: string[];
  agents: AgentRegistration[];
}

/** The API body: credential keys never leave the server; empty lists are omitted. */
export function wireApplyResult(result: ApplyConfigResult): Record<string, unknown> {
  const out: Record<string, unknown> = { applied: true };
  if (result.rooms.length > 0) out.rooms = result.rooms.map((room) => wireRoom(room));
  if (result.agents.length > 0) out.agents = result.agents.map((agent) => wireRegistration(agent));
  return out;
}

export async function applyConfig(
  ctx: AppContext,
  request: ApplyConfigRequest,
  opts: { startup?: boolean } = {},
): Promise<ApplyConfigResult> {
  validate(ctx.settings.networkId, request);
  const agents = await applyAgents(ctx, request);
  const rooms: Room[] = [];
  const created: string[] = [];
  for (const declared of request.rooms ?? []) {
    const { room, isNew } = await applyRoom(ctx, declared);
    rooms.push(room);
    if (isNew) created.push(room.id);
  }
  if (opts.startup && (rooms.length > 0 || agents.length > 0)) {
    ctx.log.info(
      { rooms: rooms.length, rooms_created: created, agents: agents.length },
      "applied declared configuration",
    );
  }
  return { applied: true, rooms, created, agents };
}

function validate(networkId: string, request: ApplyConfigRequest): void {
  const requestedNetwork = (request.network_id ?? "").trim();
  if (requestedNetwork && requestedNetwork !== networkId) {
    throw new HttpError(
      422,
      `network_id ${goQuote(requestedNetwork)} does not match server network ${goQuote(networkId)}`,
    );
  }
  const credentials = new Map<string, string>();
  for (const [index, agent] of (request.agents ?? []).entries()) {
    const id = (agent.id ?? "").trim();
    const idErr = memberIdError(id);
    if (idErr !== undefined) throw new HttpError(422, `agents[${index}].id ${idErr}`);
    const key = (agent.credential_key ?? "").trim();
    if (!key) throw new HttpError(422, `agents[${index}].credential_key is required`);
    if (key.length > MAX_CREDENTIAL_KEY_LENGTH) {
      throw new HttpError(
        422,
        `agents[${index}].credential_key must be ${MAX_CREDENTIAL_KEY_LENGTH} characters or fewer`,
      );
    }
    const textErr = nulError("credential_key", key) ?? nulError("name", agent.name);
    if (textErr !== undefined) throw new HttpError(422, `agents[${index}].${textErr}`);
    const seen = credentials.get(id);
    if (seen !== undefined && seen !== key)
      throw new HttpError(422, `agent ${goQuote(id)} has multiple credential keys`);
    credentials.set(id, key);
  }
  for (const [index, room] of (request.rooms ?? []).entries()) {
    const err = createRoomError(room);
    if (err !== undefined) throw new HttpError(422, `rooms[${index}]: ${err}`);
  }
}

/** Reconciles each declared agent once (first declaration wins). */
async function applyAgents(ctx: AppContext, request: ApplyConfigRequest): Promise<AgentRegistration[]> {
  const out: AgentRegistration[] = [];
  const seen = new Set<string>();
  for (const agent of request.agents ?? []) {
    const id = (agent.id ?? "").trim();
    if (seen.has(id)) continue;
    seen.add(id);
    const registration = newRegistration(ctx, id, (agent.credential_key ?? "").trim(), agent.name);
    out.push(await ctx.store.reconcileRegisteredAgent(registration));
  }
  return out;
}

async function applyRoom(ctx: AppContext, declared: CreateRoomRequest): Promise<{ room: Room; isNew: boolean }> {
  try {
    return { room: await createRoom(ctx, declared), isNew: true };
  } catch (err) {
    if (!(err instanceof HttpError) || err.status !== 409) throw err;
  }
  const room = roomFromRequest(ctx.settings.networkId, declared, ctx.clock.now());
  try {
    return { room: await ctx.store.reconcileRoom(room), isNew: false };
  } catch (err) {
    if (isStoreError(err, "room_not_found")) throw unknownRoom(room.id);
    throw err;
  }
}
