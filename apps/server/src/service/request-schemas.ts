// Decoder schemas of the domain request bodies, named after the reference's Go
// types so decode errors read like its own (`Go struct field Actor.from.id`).
// Each request type is inferred from its schema: a decoded body has every
// field, holding Go's zero value ("", [], a zero object) where the JSON had
// none, so the service never needs to ask whether a field is there.
import { t, type Infer } from "../go-struct-schema.js";

export const createRoomSchema = t.object("protocol.CreateRoomRequest", {
  id: t.string,
  name: t.string,
  members: t.strings,
  visibility: t.string,
  write_policy: t.string,
});

export const updateRoomMembersSchema = t.object("protocol.UpdateRoomMembersRequest", {
  add: t.strings,
  remove: t.strings,
});

const originSchema = t.object("protocol.MessageOrigin", { network_id: t.string, message_id: t.string });

const targetSchema = t.object("protocol.Target", {
  kind: t.string,
  room_id: t.string,
  thread_id: t.string,
  parent_message_id: t.string,
  dm_id: t.string,
  participant_ids: t.strings,
});

const actorSchema = t.object("protocol.Actor", {
  type: t.string,
  id: t.string,
  name: t.string,
  network_id: t.string,
  fqid: t.string,
});

const partSchema = t.object("protocol.Part", {
  kind: t.string,
  text: t.string,
  media_type: t.string,
  url: t.string,
  filename: t.string,
  data: t.map,
});

export const sendMessageSchema = t.object("protocol.SendMessageRequest", {
  id: t.string,
  origin: originSchema,
  target: targetSchema,
  from: actorSchema,
  parts: t.list(partSchema),
  mentions: t.strings,
});

export const registerAgentSchema = t.object("protocol.RegisterAgentRequest", {
  requested_agent_id: t.string,
  name: t.string,
});

export const applyConfigSchema = t.object("protocol.ApplyConfigRequest", {
  network_id: t.string,
  rooms: t.list(createRoomSchema),
  agents: t.list(t.object("protocol.ApplyAgentRequest", { id: t.string, name: t.string, credential_key: t.string })),
});

export type CreateRoomRequest = Infer<typeof createRoomSchema>;
export type UpdateRoomMembersRequest = Infer<typeof updateRoomMembersSchema>;
export type SendMessageRequest = Infer<typeof sendMessageSchema>;
export type RegisterAgentRequest = Infer<typeof registerAgentSchema>;
export type ApplyConfigRequest = Infer<typeof applyConfigSchema>;
