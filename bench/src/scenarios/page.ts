import type { BenchContext } from "../context.js";

export async function pageScenario(_ctx: BenchContext): Promise<void> {}
