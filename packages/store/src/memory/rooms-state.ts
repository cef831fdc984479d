// Rooms, their memberships and the ids reserved by removal, kept in memory.
// Indexes: all active room ids and public ones (sorted, for windows), and
// member id -> rooms (agent removal touches only the rooms holding the member).
import { StoreError } from "../errors.js";
import type { StorageKind, Window, WindowResult } from "../store.js";
import type { Timestamp } from "../time.js";
import type { Membership, Room } from "../types.js";
import { compareBytewise, sortBytewise } from "../participants.js";
import { SortedIds } from "./sorted-ids.js";

import { normalizeVisibility, normalizeWritePolicy } from "../normalize.js";

/** Trimmed, blanks dropped, unique, sorted bytewise. */
export function normalizeIds(values: readonly string[] | null | undefined): string[] {
  const set = new Set<string>();
  for (const raw of values ?? []) {
    const id = raw.trim();
    if (id) set.add(id);
  }
  return sortBytewise([...set]);
}

function copyRoom(room: Room): Room {
  return { ...room, members: [...room.members] };
}

export class RoomsState {
  readonly #rooms = new Map<string, Room>();
  readonly #ids = new SortedIds();
  readonly #publicIds = new SortedIds();
  /** Removed id -> removal time (zero time for removals recorded by the reference). */
  readonly #removed = new Map<string, Timestamp>();
  readonly #roomsByMember = new Map<string, Set<string>>();

  constructor(private readonly backend: StorageKind) {}

  create(input: Room): void {
    if (this.#rooms.has(input.id) || this.#removed.has(input.id)) {
      throw new StoreError("room_exists", `room "${input.id}" already exists`, { backend: this.backend });
    }
    this.#put({
      id: input.id,
      network_id: input.network_id,
      fqid: input.fqid,
      name: input.name,
      members: normalizeIds(input.members),
      visibility: normalizeVisibility(input.visibility),
      write_policy: normalizeWritePolicy(input.write_policy),
      created_at: input.created_at,
    });
  }

  get(id: string): Room | null {
    const room = this.#rooms.get(id);
    return room ? copyRoom(room) : null;
  }

  list(window: Window, publicOnly: boolean): WindowResult<Room> | "invalid_cursor" {
    const ids = publicOnly ? this.#publicIds : this.#ids;
    const page = ids.window(window);
    if (page === "invalid_cursor") return page;
    return { items: page.items.map((id) => copyRoom(this.#rooms.get(id)!)), hasMore: page.hasMore };
  }

  updateMembers(id: string, add: readonly string[], remove: readonly string[]): { room: Room; changed: boolean } {
    const room = this.#require(id);
    const set = new Set(room.members);
    for (const member of normalizeIds(add)) set.add(member);
    for (const member of normalizeIds(remove)) set.delete(member);
    const members = sortBytewise([...set]);
    const changed = !sameList(members, room.members);
    if (changed) this.#put({ ...room, members });
    return { room: this.get(id)!, changed };
  }

  reconcile(input: Room): { room: Room; changed: boolean } {
    const room = this.#require(input.id);
    const next: Room = {
      ...room,
      name: input.name,
      members: normalizeIds(input.members),
      visibility: normalizeVisibility(input.visibility),
      write_policy: normalizeWritePolicy(input.write_policy),
    };
    const changed =
      next.name !== room.name ||
      next.visibility !== room.visibility ||
      next.write_policy !== room.write_policy ||
      !sameList(next.members, room.members);
    if (changed) this.#put(next);
    return { room: this.get(input.id)!, changed };
  }

  remove(id: string, removedAt: Timestamp): Room {
    const room = this.#require(id);
    this.#unindex(room);
    this.#rooms.delete(id);
    this.#ids.remove(id);
    this.#publicIds.remove(id);
    this.#removed.set(id, removedAt);
    return copyRoom(room);
  }

  /** Ordered by member id, then room id. */
  memberships(): Membership[] {
    const out: Membership[] = [];
    for (const member of sortBytewise([...this.#roomsByMember.keys()])) {
      for (const roomId of sortBytewise([...this.#roomsByMember.get(member)!]))
        out.push({ room_id: roomId, member_id: member });
    }
    return out;
  }

  /** Exact member string only; true when some room changed. */
  removeMemberships(memberId: string): boolean {
    const roomIds = this.#roomsByMember.get(memberId);
    if (!roomIds) return false;
    for (const roomId of [...roomIds]) {
      const room = this.#rooms.get(roomId)!;
      this.#put({ ...room, members: room.members.filter((m) => m !== memberId) });
    }
    return true;
  }

  // Snapshot support -----------------------------------------------------------

  /** Loads a room as found on disk (the map key is the id). */
  restore(room: Room): void {
    this.#removed.delete(room.id);
    this.#put(room);
  }

  restoreRemoved(id: string, removedAt: Timestamp): void {
    if (!this.#rooms.has(id)) this.#removed.set(id, removedAt);
  }

  /** Active rooms in id order (stored objects: read only). */
  *activeRooms(): Iterable<Readonly<Room>> {
    for (const id of this.#ids.values) yield this.#rooms.get(id)!;
  }

  /** Removed ids in bytewise order with their removal times. */
  removedRooms(): Array<[string, Timestamp]> {
    return [...this.#removed.entries()].sort((a, b) => compareBytewise(a[0], b[0]));
  }

  // Internals ------------------------------------------------------------------

  #require(id: string): Room {
    const room = this.#rooms.get(id);
    if (!room) throw new StoreError("room_not_found", `unknown room "${id}"`, { backend: this.backend });
    return room;
  }

  /** Stores `room` (replacing any previous version) and keeps every index in step. */
  #put(room: Room): void {
    const previous = this.#rooms.get(room.id);
    if (previous) this.#unindex(previous);
    this.#rooms.set(room.id, room);
    this.#ids.insert(room.id);
    if (room.visibility === "public") this.#publicIds.insert(room.id);
    else this.#publicIds.remove(room.id);
    for (const member of room.members) {
      let rooms = this.#roomsByMember.get(member);
      if (!rooms) this.#roomsByMember.set(member, (rooms = new Set()));
      rooms.add(room.id);
    }
  }

  #unindex(room: Room): void {
    for (const member of room.members) {
      const rooms = this.#roomsByMember.get(member);
      rooms?.delete(room.id);
      if (rooms && rooms.size === 0) this.#roomsByMember.delete(member);
    }
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
