// The Moltnet protocol records as the store keeps them. Field names are the
// wire names; optional fields are the reference's `omitempty` fields.
import type { Timestamp } from "./time.js";

export type Visibility = "public" | "private";
export type WritePolicy = "members" | "registered_agents" | "operators";

export interface Room {
  id: string;
  network_id: string;
  fqid: string;
  name: string;
  /** Sorted bytewise, unique. */
  members: string[];
  visibility: Visibility;
  write_policy: WritePolicy;
  created_at: Timestamp;
}

export interface Thread {
  id: string;
  network_id: string;
  fqid: string;
  room_id: string;
  /** "" when the thread was started without a parent. */
  parent_message_id: string;
  message_count: number;
  last_message_at: Timestamp;
}

export interface DirectConversation {
  id: string;
  network_id: string;
  fqid: string;
  /** Sorted bytewise, trimmed, unique. */
  participant_ids: string[];
  message_count: number;
  last_message_at: Timestamp;
}

/** Kept as received (no trimming), apart from DM participant normalization. */
export interface Target {
  kind: string;
  room_id?: string;
  thread_id?: string;
  parent_message_id?: string;
  dm_id?: string;
  participant_ids?: string[];
}

export interface Actor {
  type: string;
  id: string;
  name?: string;
  network_id?: string;
  fqid?: string;
}

export interface Part {
  kind: string;
  text?: string;
  media_type?: string;
  url?: string;
  filename?: string;
  data?: Record<string, unknown>;
}

export interface MessageOrigin {
  network_id: string;
  message_id: string;
}

export interface Message {
  id: string;
  network_id: string;
  origin: MessageOrigin;
  target: Target;
  from: Actor;
  parts: Part[];
  mentions?: string[];
  created_at: Timestamp;
}

export interface Artifact {
  id: string;
  network_id: string;
  fqid: string;
  message_id: string;
  target: Target;
  part_index: number;
  kind: string;
  media_type?: string;
  filename?: string;
  url?: string;
  created_at: Timestamp;
}

/** A durable agent identity. `credential_key` never leaves the server. */
export interface AgentRegistration {
  network_id: string;
  agent_id: string;
  actor_uid: string;
  actor_uri: string;
  display_name?: string;
  credential_key: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One active-room membership, as agent summaries need it. */
export interface Membership {
  room_id: string;
  member_id: string;
}
