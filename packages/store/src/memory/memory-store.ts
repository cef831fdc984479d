// The memory backend: nothing survives the process. Same answers as every
// other backend (history by (created_at, id), cursors confined to their list,
// trimmed DM participants, artifacts in part order), with indexes so no hot
// path scans: see memory-state.ts and its parts.
import type {
  AppendedResult,
  AppendResult,
  ArtifactFilter,
  Conversation,
  IdRange,
  RoomListQuery,
  Store,
  Window,
  WindowResult,
} from "../store.js";
import { StoreError } from "../errors.js";
import type { Timestamp } from "../time.js";
import type { AgentRegistration, Artifact, DirectConversation, Membership, Message, Room, Thread } from "../types.js";
import { MemoryState } from "./memory-state.js";
import { eventsFor, MemoryEventLog, type EventsOf } from "../events.js";
import { MemoryPresence } from "../presence.js";
import { MemoryRelayCursors } from "../relay-cursors.js";

export async function openMemoryStore(): Promise<Store> {
  return new MemoryStore();
}

class MemoryStore implements Store {
  readonly kind = "memory" as const;
  #state: MemoryState | null = new MemoryState("memory");
  readonly events = new MemoryEventLog();
  readonly presence = new MemoryPresence();
  readonly relayCursors = new MemoryRelayCursors();

  get #s(): MemoryState {
    if (!this.#state) throw new StoreError("unavailable", "store is closed", { backend: "memory" });
    return this.#state;
  }

  async createRoom(room: Room, events?: EventsOf<void>): Promise<void> {
    this.#s.rooms.create(room);
    this.events.push(eventsFor(events, undefined));
  }

  async getRoom(id: string): Promise<Room | null> {
    return this.#s.rooms.get(id);
  }

  async listRooms(window: Window, query?: RoomListQuery): Promise<WindowResult<Room>> {
    return this.#s.paged(this.#s.rooms.list(window, query?.publicOnly === true), window);
  }

  async updateRoomMembers(
    id: string,
    add: readonly string[],
    remove: readonly string[],
    events?: EventsOf<Room>,
  ): Promise<Room> {
    const room = this.#s.rooms.updateMembers(id, add, remove).room;
    this.events.push(eventsFor(events, room));
    return room;
  }

  async reconcileRoom(room: Room): Promise<Room> {
    return this.#s.rooms.reconcile(room).room;
  }

  async removeRoom(id: string, removedAt: Timestamp, events?: EventsOf<Room>): Promise<Room> {
    const room = this.#s.rooms.remove(id, removedAt);
    this.events.push(eventsFor(events, room));
    return room;
  }

  async listMemberships(): Promise<Membership[]> {
    return this.#s.rooms.memberships();
  }

  async removeMemberships(memberId: string): Promise<void> {
    this.#s.rooms.removeMemberships(memberId);
  }

  async appendMessage(message: Message, events?: EventsOf<AppendedResult>): Promise<AppendResult> {
    const result = this.#s.conversations.append(message);
    if (result.status === "appended") this.events.push(eventsFor(events, result));
    return result;
  }

  async listMessages(conversation: Conversation, window: Window): Promise<WindowResult<Message>> {
    return this.#s.paged(this.#s.conversations.listMessages(conversation, window), window);
  }

  async listArtifacts(filter: ArtifactFilter, window: Window): Promise<WindowResult<Artifact>> {
    return this.#s.paged(this.#s.conversations.listArtifacts(filter, window), window);
  }

  async getThread(id: string): Promise<Thread | null> {
    return this.#s.conversations.getThread(id);
  }

  async listThreads(roomId: string, window: Window): Promise<WindowResult<Thread>> {
    return this.#s.paged(this.#s.conversations.listThreads(roomId, window), window);
  }

  async getDirectConversation(id: string): Promise<DirectConversation | null> {
    return this.#s.conversations.getDm(id);
  }

  async listDirectConversations(window: Window): Promise<WindowResult<DirectConversation>> {
    return this.#s.paged(this.#s.conversations.listDms(window), window);
  }

  async registerAgent(registration: AgentRegistration): Promise<AgentRegistration> {
    return this.#s.agents.register(registration);
  }

  async reconcileRegisteredAgent(registration: AgentRegistration): Promise<AgentRegistration> {
    return this.#s.agents.reconcile(registration);
  }

  async getRegisteredAgent(agentId: string): Promise<AgentRegistration | null> {
    return this.#s.agents.get(agentId);
  }

  async getRegisteredAgentByCredentialKey(credentialKey: string): Promise<AgentRegistration | null> {
    return this.#s.agents.byCredentialKey(credentialKey);
  }

  async listRegisteredAgents(): Promise<AgentRegistration[]> {
    return this.#s.agents.list();
  }

  async listRegisteredAgentsIn(range: IdRange): Promise<AgentRegistration[]> {
    return this.#s.agents.listIn(range);
  }

  async removeRegisteredAgent(agentId: string, events?: EventsOf<void>): Promise<void> {
    this.#s.agents.remove(agentId);
    this.events.push(eventsFor(events, undefined));
  }

  async health(): Promise<void> {
    void this.#s;
  }

  async close(): Promise<void> {
    this.#state = null;
  }
}
