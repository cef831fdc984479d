import type { AppendResult } from "../store.js";
import type { Message } from "../types.js";
import type { Db } from "./connection.js";
export declare function appendMessage(db: Db, message: Message): Promise<AppendResult>;
