import type { BenchContext } from "../context.js";

export async function memoryScenario(_ctx: BenchContext): Promise<void> {}
