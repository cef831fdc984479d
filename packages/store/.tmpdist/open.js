import { openMemoryStore } from "./memory/memory-store.js";
import { openJsonStore } from "./json/json-store.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import { openPostgresStore } from "./postgres/postgres-store.js";
export async function openStore(config, options = {}) {
    switch (config.kind) {
        case "memory":
            return openMemoryStore();
        case "json":
            return openJsonStore(config, options);
        case "sqlite":
            return openSqliteStore(config, options);
        case "postgres":
            return openPostgresStore(config, options);
    }
}
//# sourceMappingURL=open.js.map