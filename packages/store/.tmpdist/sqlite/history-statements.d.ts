import { type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { SqliteDb } from "./connection.js";
export type PageMode = "latest" | "before" | "after";
export type ConversationKind = "room" | "thread" | "dm";
export declare function buildHistoryStatements(db: SqliteDb): {
    messageExists: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
        one: SQL<number>;
    }, "partial", Record<"messages", "not-null">, false, "where", {
        one: number;
    }[], {
        one: import("drizzle-orm").DrizzleTypeError<"You cannot reference this field without assigning it an alias first - use `.as(<alias>)`">;
    }>>;
    messageCursor: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
        createdAt: SQLiteColumn<{
            name: "created_at";
            tableName: "messages";
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
        targetKind: SQLiteColumn<{
            name: "target_kind";
            tableName: "messages";
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
        roomId: SQLiteColumn<{
            name: "room_id";
            tableName: "messages";
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
        threadId: SQLiteColumn<{
            name: "thread_id";
            tableName: "messages";
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
        dmId: SQLiteColumn<{
            name: "dm_id";
            tableName: "messages";
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
    }, "partial", Record<"messages", "not-null">, false, "where", {
        createdAt: string;
        targetKind: string;
        roomId: string | null;
        threadId: string | null;
        dmId: string | null;
    }[], {
        createdAt: SQLiteColumn<{
            name: "created_at";
            tableName: "messages";
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
        targetKind: SQLiteColumn<{
            name: "target_kind";
            tableName: "messages";
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
        roomId: SQLiteColumn<{
            name: "room_id";
            tableName: "messages";
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
        threadId: SQLiteColumn<{
            name: "thread_id";
            tableName: "messages";
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
        dmId: SQLiteColumn<{
            name: "dm_id";
            tableName: "messages";
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
    }>>;
    messagePages: {
        room: {
            latest: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            }, "single", Record<"messages", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                parentMessageId: string | null;
                dmId: string | null;
                targetJson: string;
                fromJson: string;
                partsJson: string;
                mentionsJson: string;
                createdAt: string;
                originJson: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            before: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            }, "single", Record<"messages", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                parentMessageId: string | null;
                dmId: string | null;
                targetJson: string;
                fromJson: string;
                partsJson: string;
                mentionsJson: string;
                createdAt: string;
                originJson: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            after: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            }, "single", Record<"messages", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                parentMessageId: string | null;
                dmId: string | null;
                targetJson: string;
                fromJson: string;
                partsJson: string;
                mentionsJson: string;
                createdAt: string;
                originJson: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
        thread: {
            latest: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            }, "single", Record<"messages", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                parentMessageId: string | null;
                dmId: string | null;
                targetJson: string;
                fromJson: string;
                partsJson: string;
                mentionsJson: string;
                createdAt: string;
                originJson: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            before: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            }, "single", Record<"messages", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                parentMessageId: string | null;
                dmId: string | null;
                targetJson: string;
                fromJson: string;
                partsJson: string;
                mentionsJson: string;
                createdAt: string;
                originJson: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            after: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            }, "single", Record<"messages", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                parentMessageId: string | null;
                dmId: string | null;
                targetJson: string;
                fromJson: string;
                partsJson: string;
                mentionsJson: string;
                createdAt: string;
                originJson: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
        dm: {
            latest: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            }, "single", Record<"messages", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                parentMessageId: string | null;
                dmId: string | null;
                targetJson: string;
                fromJson: string;
                partsJson: string;
                mentionsJson: string;
                createdAt: string;
                originJson: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            before: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            }, "single", Record<"messages", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                parentMessageId: string | null;
                dmId: string | null;
                targetJson: string;
                fromJson: string;
                partsJson: string;
                mentionsJson: string;
                createdAt: string;
                originJson: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            after: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"messages", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
            }, "single", Record<"messages", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                parentMessageId: string | null;
                dmId: string | null;
                targetJson: string;
                fromJson: string;
                partsJson: string;
                mentionsJson: string;
                createdAt: string;
                originJson: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "messages";
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
                    tableName: "messages";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "messages";
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
                    tableName: "messages";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "messages";
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
                parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parent_message_id";
                    tableName: "messages";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "messages";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "messages";
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
                fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "from_json";
                    tableName: "messages";
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
                partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "parts_json";
                    tableName: "messages";
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
                mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "mentions_json";
                    tableName: "messages";
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
                    tableName: "messages";
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
                originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "origin_json";
                    tableName: "messages";
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
    artifactCursor: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"artifacts", "sync", import("better-sqlite3").RunResult, {
        createdAt: SQLiteColumn<{
            name: "created_at";
            tableName: "artifacts";
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
        messageId: SQLiteColumn<{
            name: "message_id";
            tableName: "artifacts";
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
        partIndex: SQLiteColumn<{
            name: "part_index";
            tableName: "artifacts";
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
        roomId: SQLiteColumn<{
            name: "room_id";
            tableName: "artifacts";
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
        threadId: SQLiteColumn<{
            name: "thread_id";
            tableName: "artifacts";
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
        dmId: SQLiteColumn<{
            name: "dm_id";
            tableName: "artifacts";
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
    }, "partial", Record<"artifacts", "not-null">, false, "where", {
        createdAt: string;
        messageId: string;
        partIndex: number;
        roomId: string | null;
        threadId: string | null;
        dmId: string | null;
    }[], {
        createdAt: SQLiteColumn<{
            name: "created_at";
            tableName: "artifacts";
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
        messageId: SQLiteColumn<{
            name: "message_id";
            tableName: "artifacts";
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
        partIndex: SQLiteColumn<{
            name: "part_index";
            tableName: "artifacts";
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
        roomId: SQLiteColumn<{
            name: "room_id";
            tableName: "artifacts";
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
        threadId: SQLiteColumn<{
            name: "thread_id";
            tableName: "artifacts";
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
        dmId: SQLiteColumn<{
            name: "dm_id";
            tableName: "artifacts";
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
    }>>;
    artifactPages: {
        room: {
            latest: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"artifacts", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            }, "single", Record<"artifacts", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                messageId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                dmId: string | null;
                targetJson: string;
                partIndex: number;
                kind: string;
                mediaType: string | null;
                filename: string | null;
                url: string | null;
                createdAt: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            before: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"artifacts", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            }, "single", Record<"artifacts", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                messageId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                dmId: string | null;
                targetJson: string;
                partIndex: number;
                kind: string;
                mediaType: string | null;
                filename: string | null;
                url: string | null;
                createdAt: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            after: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"artifacts", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            }, "single", Record<"artifacts", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                messageId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                dmId: string | null;
                targetJson: string;
                partIndex: number;
                kind: string;
                mediaType: string | null;
                filename: string | null;
                url: string | null;
                createdAt: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
        thread: {
            latest: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"artifacts", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            }, "single", Record<"artifacts", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                messageId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                dmId: string | null;
                targetJson: string;
                partIndex: number;
                kind: string;
                mediaType: string | null;
                filename: string | null;
                url: string | null;
                createdAt: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            before: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"artifacts", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            }, "single", Record<"artifacts", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                messageId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                dmId: string | null;
                targetJson: string;
                partIndex: number;
                kind: string;
                mediaType: string | null;
                filename: string | null;
                url: string | null;
                createdAt: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            after: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"artifacts", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            }, "single", Record<"artifacts", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                messageId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                dmId: string | null;
                targetJson: string;
                partIndex: number;
                kind: string;
                mediaType: string | null;
                filename: string | null;
                url: string | null;
                createdAt: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
        dm: {
            latest: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"artifacts", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            }, "single", Record<"artifacts", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                messageId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                dmId: string | null;
                targetJson: string;
                partIndex: number;
                kind: string;
                mediaType: string | null;
                filename: string | null;
                url: string | null;
                createdAt: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            before: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"artifacts", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            }, "single", Record<"artifacts", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                messageId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                dmId: string | null;
                targetJson: string;
                partIndex: number;
                kind: string;
                mediaType: string | null;
                filename: string | null;
                url: string | null;
                createdAt: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            after: import("drizzle-orm/sqlite-core").SQLiteSelectPrepare<import("drizzle-orm/sqlite-core").SQLiteSelectBase<"artifacts", "sync", import("better-sqlite3").RunResult, {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
            }, "single", Record<"artifacts", "not-null">, false, "limit" | "where" | "orderBy", {
                id: string;
                networkId: string;
                fqid: string;
                messageId: string;
                targetKind: string;
                roomId: string | null;
                threadId: string | null;
                dmId: string | null;
                targetJson: string;
                partIndex: number;
                kind: string;
                mediaType: string | null;
                filename: string | null;
                url: string | null;
                createdAt: string;
            }[], {
                id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "id";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "message_id";
                    tableName: "artifacts";
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
                targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_kind";
                    tableName: "artifacts";
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
                    tableName: "artifacts";
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
                threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "thread_id";
                    tableName: "artifacts";
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
                dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "dm_id";
                    tableName: "artifacts";
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
                targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "target_json";
                    tableName: "artifacts";
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
                partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "part_index";
                    tableName: "artifacts";
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
                kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "kind";
                    tableName: "artifacts";
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
                mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "media_type";
                    tableName: "artifacts";
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
                filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "filename";
                    tableName: "artifacts";
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
                url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "url";
                    tableName: "artifacts";
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
                createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                    name: "created_at";
                    tableName: "artifacts";
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
    };
    insertMessage: import("drizzle-orm/sqlite-core").SQLiteInsertPrepare<import("drizzle-orm/sqlite-core").SQLiteInsertBase<import("drizzle-orm/sqlite-core").SQLiteTableWithColumns<{
        name: "messages";
        schema: undefined;
        columns: {
            id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "id";
                tableName: "messages";
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
                tableName: "messages";
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
            targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "target_kind";
                tableName: "messages";
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
                tableName: "messages";
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
            threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "thread_id";
                tableName: "messages";
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
            parentMessageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "parent_message_id";
                tableName: "messages";
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
            dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "dm_id";
                tableName: "messages";
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
            targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "target_json";
                tableName: "messages";
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
            fromJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "from_json";
                tableName: "messages";
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
            partsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "parts_json";
                tableName: "messages";
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
            mentionsJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "mentions_json";
                tableName: "messages";
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
                tableName: "messages";
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
            originJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "origin_json";
                tableName: "messages";
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
        };
        dialect: "sqlite";
    }>, "sync", import("better-sqlite3").RunResult, undefined, false, never>>;
    insertArtifact: import("drizzle-orm/sqlite-core").SQLiteInsertPrepare<import("drizzle-orm/sqlite-core").SQLiteInsertBase<import("drizzle-orm/sqlite-core").SQLiteTableWithColumns<{
        name: "artifacts";
        schema: undefined;
        columns: {
            id: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "id";
                tableName: "artifacts";
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
                tableName: "artifacts";
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
                tableName: "artifacts";
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
            messageId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "message_id";
                tableName: "artifacts";
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
            targetKind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "target_kind";
                tableName: "artifacts";
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
                tableName: "artifacts";
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
            threadId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "thread_id";
                tableName: "artifacts";
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
            dmId: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "dm_id";
                tableName: "artifacts";
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
            targetJson: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "target_json";
                tableName: "artifacts";
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
            partIndex: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "part_index";
                tableName: "artifacts";
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
            kind: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "kind";
                tableName: "artifacts";
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
            mediaType: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "media_type";
                tableName: "artifacts";
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
            filename: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "filename";
                tableName: "artifacts";
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
            url: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "url";
                tableName: "artifacts";
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
            createdAt: import("drizzle-orm/sqlite-core").SQLiteColumn<{
                name: "created_at";
                tableName: "artifacts";
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
    upsertThread: import("drizzle-orm/sqlite-core").SQLiteInsertPrepare<import("drizzle-orm/sqlite-core").SQLiteInsertBase<import("drizzle-orm/sqlite-core").SQLiteTableWithColumns<{
        name: "threads";
        schema: undefined;
        columns: {
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
        };
        dialect: "sqlite";
    }>, "sync", import("better-sqlite3").RunResult, {
        id: string;
        fqid: string;
        networkId: string;
        roomId: string;
        parentMessageId: string;
        messageCount: number;
        lastMessageAt: string;
    }, false, "returning">>;
    upsertDm: import("drizzle-orm/sqlite-core").SQLiteInsertPrepare<import("drizzle-orm/sqlite-core").SQLiteInsertBase<import("drizzle-orm/sqlite-core").SQLiteTableWithColumns<{
        name: "dm_conversations";
        schema: undefined;
        columns: {
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
        };
        dialect: "sqlite";
    }>, "sync", import("better-sqlite3").RunResult, {
        fqid: string;
        networkId: string;
        messageCount: number;
        lastMessageAt: string;
        dmId: string;
    }, false, "returning">>;
    insertParticipant: import("drizzle-orm/sqlite-core").SQLiteInsertPrepare<import("drizzle-orm/sqlite-core").SQLiteInsertBase<import("drizzle-orm/sqlite-core").SQLiteTableWithColumns<{
        name: "dm_participants";
        schema: undefined;
        columns: {
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
        };
        dialect: "sqlite";
    }>, "sync", import("better-sqlite3").RunResult, undefined, false, never>>;
};
export type HistoryStatements = ReturnType<typeof buildHistoryStatements>;
