// What each figure's durability was, stated once for the table's footer.

export const SQLITE_DURABILITY =
  "SQLite: WAL. synchronous=NORMAL (the server's default) makes a commit survive a crash of the process but not a power loss " +
  "(the WAL is fsynced at checkpoints); FULL fsyncs the WAL on every commit. Checkpoints run on the store's worker thread, " +
  "with the WAL bounded by wal_autocheckpoint; the raw baselines use the same pragmas and the same checkpointing.";

export const JSON_DURABILITY =
  "JSON file: every snapshot is written to a temp file, fsynced, renamed over the old one and the directory fsynced; " +
  "a write is acknowledged only after the snapshot holding it went through all of that (group commit: one rewrite covers every write applied before it started).";

export const MEMORY_DURABILITY = "memory: nothing is durable (in-process only).";
