import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { SqliteDb } from "./connection.js";
export declare function buildCollectionStatements(db: SqliteDb): {
    activeRoom: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"rooms", "sync", import("better-sqlite3").RunResult, {
        id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "id";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: true;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "network_id";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "fqid";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "name";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "created_at";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "deleted_at";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: false;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "visibility";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: true;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "write_policy";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: true;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }, "single", Record<"rooms", "not-null">, false, "where", {
        id: string;
        networkId: string;
        fqid: string;
        name: string;
        createdAt: string;
        deletedAt: string | null;
        visibility: string;
        writePolicy: string;
    }[], {
        id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "id";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: true;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "network_id";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "fqid";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "name";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "created_at";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "deleted_at";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: false;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "visibility";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: true;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "write_policy";
            tableName: "rooms";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: true;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }>>;
    roomMembers: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"room_members", "sync", import("better-sqlite3").RunResult, {
        memberId: SQLiteColumn<{
            name: "member_id";
            tableName: "room_members";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }, "partial", Record<"room_members", "not-null">, false, "where" | "orderBy", {
        memberId: string;
    }[], {
        memberId: SQLiteColumn<{
            name: "member_id";
            tableName: "room_members";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }>>;
    membersOfRooms: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"room_members", "sync", import("better-sqlite3").RunResult, {
        roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "room_id";
            tableName: "room_members";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        memberId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "member_id";
            tableName: "room_members";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }, "single", Record<"room_members", "not-null">, false, "where" | "orderBy", {
        roomId: string;
        memberId: string;
    }[], {
        roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "room_id";
            tableName: "room_members";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        memberId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "member_id";
            tableName: "room_members";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }>>;
    roomPages: {
        all: {
            latest: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"rooms", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }, "single", Record<"rooms", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                name: string;
                createdAt: string;
                deletedAt: string | null;
                visibility: string;
                writePolicy: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }>>;
            before: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"rooms", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }, "single", Record<"rooms", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                name: string;
                createdAt: string;
                deletedAt: string | null;
                visibility: string;
                writePolicy: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }>>;
            after: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"rooms", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }, "single", Record<"rooms", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                name: string;
                createdAt: string;
                deletedAt: string | null;
                visibility: string;
                writePolicy: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }>>;
        };
        publicOnly: {
            latest: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"rooms", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }, "single", Record<"rooms", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                name: string;
                createdAt: string;
                deletedAt: string | null;
                visibility: string;
                writePolicy: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }>>;
            before: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"rooms", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }, "single", Record<"rooms", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                name: string;
                createdAt: string;
                deletedAt: string | null;
                visibility: string;
                writePolicy: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }>>;
            after: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"rooms", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }, "single", Record<"rooms", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                name: string;
                createdAt: string;
                deletedAt: string | null;
                visibility: string;
                writePolicy: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: true;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "network_id";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "fqid";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                name: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "name";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                deletedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "deleted_at";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: false;
                    hasDefault: false;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                visibility: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "visibility";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
                writePolicy: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "write_policy";
                    tableName: "rooms";
                    dataType: "string";
                    columnType: "SQLiteText";
                    data: string;
                    driverParam: string;
                    notNull: true;
                    hasDefault: true;
                    isPrimaryKey: false;
                    isAutoincrement: false;
                    hasRuntimeDefault: false;
                    enumValues: [string, ...string[]];
                    baseColumn: never;
                    identity: undefined;
                    generated: undefined;
                }, {}, {
                    length: number | undefined;
                }>;
            }>>;
        };
    };
    addMember: import("drizzle-orm/sqlite-core").SQLiteInsertPrepare<import("drizzle-orm/sqlite-core").SQLiteInsertBase<import("drizzle-orm/sqlite-core").SQLiteTableWithColumns<{
        name: "room_members";
        schema: undefined;
        columns: {
            roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "room_id";
                tableName: "room_members";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            memberId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "member_id";
                tableName: "room_members";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        };
        dialect: "sqlite";
    }>, "sync", import("better-sqlite3").RunResult, undefined, false, never>>;
    removeMember: import("drizzle-orm/sqlite-core").SQLiteDeletePrepare<import("drizzle-orm/sqlite-core").SQLiteDeleteBase<import("drizzle-orm/sqlite-core").SQLiteTableWithColumns<{
        name: "room_members";
        schema: undefined;
        columns: {
            roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "room_id";
                tableName: "room_members";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            memberId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "member_id";
                tableName: "room_members";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        };
        dialect: "sqlite";
    }>, "sync", import("better-sqlite3").RunResult, undefined, false, "where">>;
    clearMembers: import("drizzle-orm/sqlite-core").SQLiteDeletePrepare<import("drizzle-orm/sqlite-core").SQLiteDeleteBase<import("drizzle-orm/sqlite-core").SQLiteTableWithColumns<{
        name: "room_members";
        schema: undefined;
        columns: {
            roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "room_id";
                tableName: "room_members";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            memberId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "member_id";
                tableName: "room_members";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        };
        dialect: "sqlite";
    }>, "sync", import("better-sqlite3").RunResult, undefined, false, "where">>;
    thread: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"threads", "sync", import("better-sqlite3").RunResult, {
        id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "id";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: true;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "network_id";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "fqid";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "room_id";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "parent_message_id";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "message_count";
            tableName: "threads";
            dataType: "number";
            columnType: "SQLiteInteger";
            data: number;
            driverParam: number;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: undefined;
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {}>;
        lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "last_message_at";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }, "single", Record<"threads", "not-null">, false, "where", {
        id: string;
        networkId: string;
        fqid: string;
        roomId: string;
        parentMessageId: string;
        messageCount: number;
        lastMessageAt: string;
    }[], {
        id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "id";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: true;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "network_id";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "fqid";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "room_id";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "parent_message_id";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "message_count";
            tableName: "threads";
            dataType: "number";
            columnType: "SQLiteInteger";
            data: number;
            driverParam: number;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: undefined;
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {}>;
        lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "last_message_at";
            tableName: "threads";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }>>;
    threadPages: {
        latest: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"threads", "sync", import("better-sqlite3").RunResult, {
            id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "room_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "parent_message_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "threads";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }, "single", Record<"threads", "not-null">, false, "limit" | "where" | "orderBy", {
            id: string;
            networkId: string;
            fqid: string;
            roomId: string;
            parentMessageId: string;
            messageCount: number;
            lastMessageAt: string;
        }[], {
            id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "room_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "parent_message_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "threads";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }>>;
        before: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"threads", "sync", import("better-sqlite3").RunResult, {
            id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "room_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "parent_message_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "threads";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }, "single", Record<"threads", "not-null">, false, "limit" | "where" | "orderBy", {
            id: string;
            networkId: string;
            fqid: string;
            roomId: string;
            parentMessageId: string;
            messageCount: number;
            lastMessageAt: string;
        }[], {
            id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "room_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "parent_message_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "threads";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }>>;
        after: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"threads", "sync", import("better-sqlite3").RunResult, {
            id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "room_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "parent_message_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "threads";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }, "single", Record<"threads", "not-null">, false, "limit" | "where" | "orderBy", {
            id: string;
            networkId: string;
            fqid: string;
            roomId: string;
            parentMessageId: string;
            messageCount: number;
            lastMessageAt: string;
        }[], {
            id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            roomId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "room_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "parent_message_id";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "threads";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "threads";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }>>;
    };
    dm: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"dm_conversations", "sync", import("better-sqlite3").RunResult, {
        dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "dm_id";
            tableName: "dm_conversations";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: true;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "network_id";
            tableName: "dm_conversations";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "fqid";
            tableName: "dm_conversations";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "message_count";
            tableName: "dm_conversations";
            dataType: "number";
            columnType: "SQLiteInteger";
            data: number;
            driverParam: number;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: undefined;
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {}>;
        lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "last_message_at";
            tableName: "dm_conversations";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }, "single", Record<"dm_conversations", "not-null">, false, "where", {
        dmId: string;
        networkId: string;
        fqid: string;
        messageCount: number;
        lastMessageAt: string;
    }[], {
        dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "dm_id";
            tableName: "dm_conversations";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: true;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "network_id";
            tableName: "dm_conversations";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "fqid";
            tableName: "dm_conversations";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "message_count";
            tableName: "dm_conversations";
            dataType: "number";
            columnType: "SQLiteInteger";
            data: number;
            driverParam: number;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: undefined;
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {}>;
        lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "last_message_at";
            tableName: "dm_conversations";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }>>;
    dmParticipants: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"dm_participants", "sync", import("better-sqlite3").RunResult, {
        participantId: SQLiteColumn<{
            name: "participant_id";
            tableName: "dm_participants";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }, "partial", Record<"dm_participants", "not-null">, false, "where" | "orderBy", {
        participantId: string;
    }[], {
        participantId: SQLiteColumn<{
            name: "participant_id";
            tableName: "dm_participants";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }>>;
    participantsOfDms: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"dm_participants", "sync", import("better-sqlite3").RunResult, {
        dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "dm_id";
            tableName: "dm_participants";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        participantId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "participant_id";
            tableName: "dm_participants";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }, "single", Record<"dm_participants", "not-null">, false, "where" | "orderBy", {
        dmId: string;
        participantId: string;
    }[], {
        dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "dm_id";
            tableName: "dm_participants";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        participantId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "participant_id";
            tableName: "dm_participants";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }>>;
    dmPages: {
        latest: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"dm_conversations", "sync", import("better-sqlite3").RunResult, {
            dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "dm_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "dm_conversations";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }, "single", Record<"dm_conversations", "not-null">, false, "limit" | "where" | "orderBy", {
            dmId: string;
            networkId: string;
            fqid: string;
            messageCount: number;
            lastMessageAt: string;
        }[], {
            dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "dm_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "dm_conversations";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }>>;
        before: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"dm_conversations", "sync", import("better-sqlite3").RunResult, {
            dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "dm_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "dm_conversations";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }, "single", Record<"dm_conversations", "not-null">, false, "limit" | "where" | "orderBy", {
            dmId: string;
            networkId: string;
            fqid: string;
            messageCount: number;
            lastMessageAt: string;
        }[], {
            dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "dm_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "dm_conversations";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }>>;
        after: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"dm_conversations", "sync", import("better-sqlite3").RunResult, {
            dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "dm_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "dm_conversations";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }, "single", Record<"dm_conversations", "not-null">, false, "limit" | "where" | "orderBy", {
            dmId: string;
            networkId: string;
            fqid: string;
            messageCount: number;
            lastMessageAt: string;
        }[], {
            dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "dm_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: true;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "network_id";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            fqid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "fqid";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
            messageCount: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_count";
                tableName: "dm_conversations";
                dataType: "number";
                columnType: "SQLiteInteger";
                data: number;
                driverParam: number;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: undefined;
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {}>;
            lastMessageAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "last_message_at";
                tableName: "dm_conversations";
                dataType: "string";
                columnType: "SQLiteText";
                data: string;
                driverParam: string;
                notNull: true;
                hasDefault: false;
                isPrimaryKey: false;
                isAutoincrement: false;
                hasRuntimeDefault: false;
                enumValues: [string, ...string[]];
                baseColumn: never;
                identity: undefined;
                generated: undefined;
            }, {}, {
                length: number | undefined;
            }>;
        }>>;
    };
    agent: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"agents", "sync", import("better-sqlite3").RunResult, {
        agentId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "agent_id";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: true;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "network_id";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        actorUid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "actor_uid";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        actorUri: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "actor_uri";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        displayName: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "display_name";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: false;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        credentialKey: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "credential_key";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "created_at";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        updatedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "updated_at";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }, "single", Record<"agents", "not-null">, false, "where", {
        agentId: string;
        networkId: string;
        actorUid: string;
        actorUri: string;
        displayName: string | null;
        credentialKey: string;
        createdAt: string;
        updatedAt: string;
    }[], {
        agentId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "agent_id";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: true;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "network_id";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        actorUid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "actor_uid";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        actorUri: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "actor_uri";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        displayName: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "display_name";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: false;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        credentialKey: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "credential_key";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "created_at";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        updatedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "updated_at";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }>>;
    agentByCredential: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"agents", "sync", import("better-sqlite3").RunResult, {
        agentId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "agent_id";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: true;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "network_id";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        actorUid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "actor_uid";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        actorUri: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "actor_uri";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        displayName: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "display_name";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: false;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        credentialKey: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "credential_key";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "created_at";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        updatedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "updated_at";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }, "single", Record<"agents", "not-null">, false, "limit" | "where" | "orderBy", {
        agentId: string;
        networkId: string;
        actorUid: string;
        actorUri: string;
        displayName: string | null;
        credentialKey: string;
        createdAt: string;
        updatedAt: string;
    }[], {
        agentId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "agent_id";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: true;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        networkId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "network_id";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        actorUid: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "actor_uid";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        actorUri: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "actor_uri";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        displayName: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "display_name";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: false;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        credentialKey: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "credential_key";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "created_at";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
        updatedAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
            name: "updated_at";
            tableName: "agents";
            dataType: "string";
            columnType: "SQLiteText";
            data: string;
            driverParam: string;
            notNull: true;
            hasDefault: false;
            isPrimaryKey: false;
            isAutoincrement: false;
            hasRuntimeDefault: false;
            enumValues: [string, ...string[]];
            baseColumn: never;
            identity: undefined;
            generated: undefined;
        }, {}, {
            length: number | undefined;
        }>;
    }>>;
};
export type CollectionStatements = ReturnType<typeof buildCollectionStatements>;
