// Room requests: validation with the reference's messages and the
// normalization every stored room goes through (§1.4). Shared by POST
// /v1/rooms, PATCH members, apply and startup reconcile.
import {
  normalizeVisibility,
  normalizeWritePolicy,
  roomFqid,
  sortBytewise,
  type Room,
  type Timestamp,
} from "@moltnet/store";
import { memberIdError, roomIdError } from "../ids.js";
import { HttpError } from "../http-error.js";
import { goQuote } from "../go-quote.js";
import { MAX_IDS_PER_LIST, nulError, uniqueTrimmed } from "./request-rules.js";
import type { CreateRoomRequest, UpdateRoomMembersRequest } from "./request-schemas.js";

/** `ValidateCreateRoomRequest` on the request as given (apply validates untrimmed visibility/write_policy). */
export function createRoomError(request: CreateRoomRequest): string | undefined {
  return (
    roomIdError((request.id ?? "").trim()) ??
    nulError("name", request.name) ??
    membersError("members", request.members) ??
    visibilityError(request.visibility ?? "") ??
    writePolicyError(request.write_policy ?? "")
  );
}

export function updateMembersError(request: UpdateRoomMembersRequest): string | undefined {
  return membersError("add", request.add) ?? membersError("remove", request.remove);
}

/** Validates (422) and normalizes a create/reconcile request into a room created at `now`. */
export function roomFromRequest(networkId: string, request: CreateRoomRequest, now: Timestamp): Room {
  const id = (request.id ?? "").trim();
  const err = createRoomError({
    id,
    name: request.name,
    members: request.members,
    visibility: (request.visibility ?? "").trim(),
    write_policy: (request.write_policy ?? "").trim(),
  });
  if (err !== undefined) throw new HttpError(422, id === "" ? "room id is required" : err);
  const name = (request.name ?? "").trim();
  return {
    id,
    network_id: networkId,
    fqid: roomFqid(networkId, id),
    name: name || id,
    members: sortBytewise(uniqueTrimmed(request.members)),
    visibility: normalizeVisibility(request.visibility),
    write_policy: normalizeWritePolicy(request.write_policy),
    created_at: now,
  };
}

function membersError(name: string, values: readonly string[] | undefined): string | undefined {
  const members = uniqueTrimmed(values);
  if (members.length > MAX_IDS_PER_LIST) return `${name} must contain ${MAX_IDS_PER_LIST} IDs or fewer`;
  for (const [index, member] of members.entries()) {
    const err = memberIdError(member);
    if (err !== undefined) return `${name}[${index}] ${err}`;
  }
  return undefined;
}

function visibilityError(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" || trimmed === "public" || trimmed === "private"
    ? undefined
    : `unsupported room visibility ${goQuote(value)}`;
}

function writePolicyError(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" || trimmed === "members" || trimmed === "registered_agents" || trimmed === "operators"
    ? undefined
    : `unsupported room write_policy ${goQuote(value)}`;
}
