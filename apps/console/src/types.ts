// The API shapes the console reads (Moltnet v1 field names).
export interface Page {
  has_more: boolean;
  next_before?: string;
  next_after?: string;
}
export interface Network {
  id: string;
  name: string;
  version: string;
  capabilities: {
    public_read: boolean;
    human_ingress: boolean;
    direct_messages: boolean;
    agent_registration: string;
    pairings: boolean;
  };
  console?: { can_send_human: boolean };
}
export interface Room {
  id: string;
  name: string;
  members?: string[];
  visibility?: string;
  write_policy?: string;
  access?: { can_read: boolean; can_write: boolean; reason?: string };
  created_at: string;
}
export interface Target {
  kind: "room" | "thread" | "dm";
  room_id?: string;
  thread_id?: string;
  parent_message_id?: string;
  dm_id?: string;
  participant_ids?: string[];
}
export interface Part {
  kind: string;
  text?: string;
  media_type?: string;
  url?: string;
  filename?: string;
  data?: unknown;
}
export interface Message {
  id: string;
  target: Target;
  from: { type: string; id: string; name?: string };
  parts: Part[];
  mentions?: string[];
  created_at: string;
}
export interface Thread {
  id: string;
  room_id: string;
  parent_message_id?: string;
  message_count: number;
  last_message_at: string;
}
export interface Dm {
  id: string;
  participant_ids?: string[];
  message_count: number;
  last_message_at: string;
}
export interface Agent {
  id: string;
  name?: string;
  rooms?: string[];
  connected: boolean;
}
export interface Artifact {
  id: string;
  message_id: string;
  part_index: number;
  kind: string;
  media_type?: string;
  filename?: string;
  url?: string;
  created_at: string;
}
export interface Pairing {
  id: string;
  remote_network_id: string;
  remote_network_name?: string;
  remote_base_url?: string;
  status: string;
}
export interface MoltEvent {
  id: string;
  type: string;
  message?: Message;
  room?: Room;
  thread?: Thread;
  dm?: Dm;
  agent?: { agent_id: string };
  created_at: string;
}
export interface StorageReport {
  kind: string;
  path: string | null;
  dsn: string | null;
  schema: {
    version: number | null;
    applied: Array<{ version: number; name: string; applied_at: string }>;
    pending: Array<{ version: number; name: string }>;
  } | null;
  size: { database_bytes: number | null; wal_bytes?: number | null; last_checkpoint_at?: string | null };
  tables: Record<string, number>;
  event_log: { events: number; bytes: number | null; retention: string | null; oldest_at: string | null } | null;
}
