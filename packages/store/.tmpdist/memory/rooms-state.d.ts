import type { StorageKind, Window, WindowResult } from "../store.js";
import type { Timestamp } from "../time.js";
import type { Membership, Room, Visibility, WritePolicy } from "../types.js";
export declare function normalizeVisibility(value: string | undefined): Visibility;
export declare function normalizeWritePolicy(value: string | undefined): WritePolicy;
/** Trimmed, blanks dropped, unique, sorted bytewise. */
export declare function normalizeIds(values: readonly string[] | null | undefined): string[];
export declare class RoomsState {
    #private;
    private readonly backend;
    constructor(backend: StorageKind);
    create(input: Room): void;
    get(id: string): Room | null;
    list(window: Window, publicOnly: boolean): WindowResult<Room> | "invalid_cursor";
    updateMembers(id: string, add: readonly string[], remove: readonly string[]): {
        room: Room;
        changed: boolean;
    };
    reconcile(input: Room): {
        room: Room;
        changed: boolean;
    };
    remove(id: string, removedAt: Timestamp): Room;
    /** Ordered by member id, then room id. */
    memberships(): Membership[];
    /** Exact member string only; true when some room changed. */
    removeMemberships(memberId: string): boolean;
    /** Loads a room as found on disk (the map key is the id). */
    restore(room: Room): void;
    restoreRemoved(id: string, removedAt: Timestamp): void;
    /** Active rooms in id order (stored objects: read only). */
    activeRooms(): Iterable<Readonly<Room>>;
    /** Removed ids in bytewise order with their removal times. */
    removedRooms(): Array<[string, Timestamp]>;
}
