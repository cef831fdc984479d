import type { BenchContext } from "../context.js";

export async function bootScenario(_ctx: BenchContext): Promise<void> {}
