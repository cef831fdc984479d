import type { MemoryState } from "../memory/memory-state.js";
export declare function encodeSnapshot(state: MemoryState): string[];
