import type { Window, WindowResult } from "./store.js";
export interface PageInfo {
    has_more: boolean;
    next_before?: string;
    next_after?: string;
}
/** Messages and artifacts: newest window first; `next_before` only on pages moving older, `next_after` only on pages moving newer, each only when more remain. */
export declare function historyPageInfo<T extends {
    id: string;
}>(window: Window, result: WindowResult<T>): PageInfo;
/** Rooms, threads, DMs, agents: first window by id; any cursor implies items on its other side. */
export declare function collectionPageInfo<T extends {
    id: string;
}>(window: Window, result: WindowResult<T>): PageInfo;
/** Pages an in-memory, already ordered list. `position` finds the cursor (or -1). Used for small collections (agents, pairings) and by the memory store. */
export declare function windowOf<T>(items: readonly T[], window: Window, position: (cursor: string) => number, from: "start" | "end"): WindowResult<T> | "invalid_cursor";
