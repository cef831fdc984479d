import type { BenchContext } from "../context.js";

export async function jsonFileScenario(_ctx: BenchContext): Promise<void> {}
