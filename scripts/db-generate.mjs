#!/usr/bin/env node
// pnpm db:generate                     regenerate packages/schema/src/{sqlite,postgres}.ts from tables.ts
// pnpm db:generate <name> [--custom]   ...then generate the next migration for both dialects
// pnpm db:generate --seal              re-record checksums of uncommitted migrations
//                                      (after writing SQL into a --custom migration)
//
// Both dialects get the same name, so their histories line up one to one (the
// migrator numbers them by position). When a schema change shows up in only one
// dialect, the other gets an empty custom migration of the same name.
// Afterwards drizzle/checksums.json is updated; entries of committed migrations
// are never rewritten: an applied migration must not change.
import {
  DIALECTS,
  compareHistories,
  currentChecksums,
  generate,
  isCommitted,
  journalTags,
  readManifest,
  writeManifest,
} from "./lib/migrations.mjs";
import { writeDialectModules } from "./lib/dialect-modules.mjs";

function fail(message) {
  console.error(`db:generate: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const custom = args.includes("--custom");
const seal = args.includes("--seal");
const names = args.filter((a) => !a.startsWith("--"));
const unknown = args.filter((a) => a.startsWith("--") && a !== "--custom" && a !== "--seal");
if (unknown.length) fail(`unknown option ${unknown.join(" ")}`);

if (names.length > 1) fail("usage: pnpm db:generate [<name> [--custom]]   (or --seal)");
if (!seal) {
  // The dialect modules first: drizzle-kit reads them, not tables.ts.
  let written;
  try {
    written = writeDialectModules();
  } catch (err) {
    fail(err.message);
  }
  console.log(
    written.length
      ? `db:generate: regenerated ${written.join(", ")} from tables.ts`
      : "db:generate: the dialect modules are up to date",
  );
  const [name] = names;
  if (!name) {
    if (custom) fail("--custom needs a migration name");
    console.log(
      "db:generate: no migration name given; run pnpm db:generate <name> to add a migration for a schema change",
    );
    process.exit(0);
  }
  if (!/^[a-z][a-z0-9_]*$/.test(name)) fail(`name ${JSON.stringify(name)} must be snake_case (a-z, 0-9, _)`);
  const misaligned = compareHistories();
  if (misaligned) fail(`${misaligned}; fix that before adding another migration`);

  const before = Object.fromEntries(DIALECTS.map((d) => [d, journalTags(d).length]));
  for (const dialect of DIALECTS) {
    const res = generate(dialect, ["--name", name, ...(custom ? ["--custom"] : [])]);
    process.stdout.write(`--- ${dialect}\n${res.output}`);
    if (res.status !== 0 || !(res.wrote || res.unchanged)) {
      fail(
        `drizzle-kit could not generate the ${dialect} migration (see above). An ambiguous rename needs a terminal: ` +
          `cd packages/schema && npx drizzle-kit generate --config drizzle.${dialect}.config.ts --name ${name}, then pnpm db:generate --seal`,
      );
    }
  }
  // A change visible in one dialect only (a type that maps to the same SQL in the other) still gets a twin.
  const grew = DIALECTS.filter((d) => journalTags(d).length > before[d]);
  if (grew.length === 0) {
    console.log("db:generate: no schema changes in either dialect; nothing written");
    process.exit(0);
  }
  for (const dialect of DIALECTS.filter((d) => !grew.includes(d))) {
    const res = generate(dialect, ["--name", name, "--custom"]);
    if (res.status !== 0 || !res.wrote) fail(`could not add the empty ${dialect} twin migration:\n${res.output}`);
    console.log(`db:generate: ${dialect} had no changes; added an empty ${name} migration so both histories line up`);
  }
  const still = compareHistories();
  if (still) fail(still);
}

const manifest = readManifest();
const sums = currentChecksums();
const refused = [];
for (const [key, sum] of Object.entries(sums)) {
  if (manifest[key] === undefined || manifest[key] === sum) manifest[key] = sum;
  else if (isCommitted(key)) refused.push(key);
  else manifest[key] = sum;
}
for (const key of Object.keys(manifest)) if (!(key in sums) && !isCommitted(key)) delete manifest[key];
writeManifest(manifest);
if (refused.length) {
  fail(
    `committed migrations were edited and keep their recorded checksum: ${refused.join(", ")}. ` +
      "Restore them (git diff drizzle/) and put the change in a new migration.",
  );
}
console.log(`db:generate: histories: ${journalTags("sqlite").join(", ")}; checksums updated`);
