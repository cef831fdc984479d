import { MemoryState } from "../memory/memory-state.js";
export declare function decodeSnapshot(text: string, path: string, log: (line: string) => void): MemoryState;
