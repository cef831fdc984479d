import type { BenchContext } from "../context.js";

export async function httpScenario(_ctx: BenchContext): Promise<void> {}
