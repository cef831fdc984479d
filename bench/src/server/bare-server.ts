// The HTTP baseline: node:http answering every request, after reading its
// body, with one fixed JSON body shaped like an accepted message. Whatever
// the Moltnet server costs above this is ours (routing, validation, the
// store, JSON, logging). Run as a child process: `node bare-server.js <port>`.
import { createServer } from "node:http";

const body = Buffer.from(
  JSON.stringify({
    message_id: "msg_00000000-0000-0000-0000-000000000000",
    event_id: "evt_00000000-0000-0000-0000-000000000000",
    accepted: true,
    thread_created: false,
    dm_created: false,
  }),
);
const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  process.stderr.write("usage: node bare-server.js <port>\n");
  process.exit(2);
}

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
});
server.listen(port, "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
