// Reads everything a store can answer about a known set of ids, in wire shape,
// so two moments (before/after reopen, before/after a refused write) can be
// compared with one equality.
import type { Conversation, Store } from "../../src/store.js";
import { wire } from "./expect-store.js";

export interface Scope {
  rooms: string[];
  threads: string[];
  dms: string[];
  agents: string[];
  credentialKeys: string[];
}

const ALL = { limit: 100_000 };

export async function readEverything(store: Store, scope: Scope): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const rooms = await store.listRooms(ALL);
  out["listRooms"] = { items: rooms.items.map(wire.room), hasMore: rooms.hasMore };
  out["listRooms(public)"] = (await store.listRooms(ALL, { publicOnly: true })).items.map((r) => r.id);
  out["listMemberships"] = await store.listMemberships();
  const dms = await store.listDirectConversations(ALL);
  out["listDirectConversations"] = dms.items.map(wire.dm);
  out["listRegisteredAgents"] = (await store.listRegisteredAgents()).map(wire.registration);

  const conversations: Array<[string, Conversation]> = [
    ...scope.rooms.map((id): [string, Conversation] => [`room:${id}`, { kind: "room", roomId: id }]),
    ...scope.threads.map((id): [string, Conversation] => [`thread:${id}`, { kind: "thread", threadId: id }]),
    ...scope.dms.map((id): [string, Conversation] => [`dm:${id}`, { kind: "dm", dmId: id }]),
  ];
  for (const [key, conversation] of conversations) {
    out[`messages ${key}`] = (await store.listMessages(conversation, ALL)).items.map(wire.message);
  }
  for (const id of scope.rooms) {
    const r = await store.getRoom(id);
    out[`getRoom ${id}`] = r && wire.room(r);
    out[`listThreads ${id}`] = (await store.listThreads(id, ALL)).items.map(wire.thread);
    out[`artifacts room:${id}`] = (await store.listArtifacts({ roomId: id }, ALL)).items.map(wire.artifact);
  }
  for (const id of scope.threads) {
    const t = await store.getThread(id);
    out[`getThread ${id}`] = t && wire.thread(t);
    out[`artifacts thread:${id}`] = (await store.listArtifacts({ threadId: id }, ALL)).items.map(wire.artifact);
  }
  for (const id of scope.dms) {
    const d = await store.getDirectConversation(id);
    out[`getDirectConversation ${id}`] = d && wire.dm(d);
    out[`artifacts dm:${id}`] = (await store.listArtifacts({ dmId: id }, ALL)).items.map(wire.artifact);
  }
  for (const id of scope.agents) {
    const a = await store.getRegisteredAgent(id);
    out[`getRegisteredAgent ${id}`] = a && wire.registration(a);
  }
  for (const key of scope.credentialKeys) {
    const a = await store.getRegisteredAgentByCredentialKey(key);
    out[`byCredentialKey ${key}`] = a?.agent_id ?? null;
  }
  return out;
}
