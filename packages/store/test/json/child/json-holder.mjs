// A second Node process using the compiled JSON store.
// Usage: node json-holder.mjs <dist json-store.js> <snapshot path>
// Prints one JSON line: {"ok":true} once the store is open (then holds it until
// SIGTERM, closing cleanly), or {"ok":false,"code":..,"message":..} and exits.
import { pathToFileURL } from "node:url";

const [dist, path] = process.argv.slice(2);
const { JsonStore } = await import(pathToFileURL(dist).href);
const say = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);
try {
  const store = await JsonStore.open(path);
  process.on("SIGTERM", async () => {
    await store.close();
    process.exit(0);
  });
  say({ ok: true });
  setInterval(() => {}, 60_000);
} catch (err) {
  say({ ok: false, code: err?.code, message: String(err?.message ?? err) });
  process.exit(0);
}
