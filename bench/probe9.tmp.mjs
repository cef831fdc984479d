import { messageToRow, timeKey, readStoredTime } from "@moltnet/store";
import { random, roomMessage } from "./dist/fixtures/messages.js";
const rnd = random(42); const t = performance.now(); let x = 0;
for (let n = 0; n < 200000; n++) { const m = roomMessage("history", "h", n, Date.UTC(2026,0,1), rnd); const r = messageToRow(m, { roomId: "history", threadId: null, parentMessageId: null, dmId: null }, { write: (ts) => timeKey(ts), read: readStoredTime }); x += r.partsJson.length; }
console.log("µs/row", ((performance.now() - t) / 200000 * 1000).toFixed(2), x / 200000);
