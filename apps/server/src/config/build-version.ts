// The version this build reports (`moltnet version`, /v1/network): the
// server package's own version, read from the package.json next to dist/.
import { readFileSync } from "node:fs";

let cached: string | undefined;

export function buildVersion(): string {
  if (cached === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
        version?: unknown;
      };
      cached = typeof pkg.version === "string" && pkg.version ? pkg.version : "0.0.0-dev";
    } catch {
      cached = "0.0.0-dev";
    }
  }
  return cached;
}
