import { load, POST_BODY, HISTORY_PATH } from "./dist/server/load.js";
const u = "http://127.0.0.1:18790";
console.log("POST", await load({ url: u + "/v1/messages", method: "POST", body: POST_BODY, connections: 8, seconds: 5 }));
console.log("GET", await load({ url: u + HISTORY_PATH, connections: 8, seconds: 5 }));
