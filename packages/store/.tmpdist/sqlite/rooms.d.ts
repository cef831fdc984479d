import type { RoomListQuery, Window, WindowResult } from "../store.js";
import type { Timestamp } from "../time.js";
import type { Membership, Room } from "../types.js";
import type { CollectionStatements } from "./collection-statements.js";
import type { SqliteDb } from "./connection.js";
export declare class SqliteRooms {
    private readonly db;
    private readonly st;
    constructor(db: SqliteDb, st: CollectionStatements);
    create(room: Room): void;
    get(id: string): Room | null;
    list(window: Window, query?: RoomListQuery): WindowResult<Room>;
    updateMembers(id: string, add: readonly string[], remove: readonly string[]): Room;
    reconcile(room: Room): Room;
    remove(id: string, removedAt: Timestamp): Room;
    memberships(): Membership[];
    removeMemberships(memberId: string): void;
    private members;
    private requireActive;
}
