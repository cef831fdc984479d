// `moltnet init [DIR]`: writes a commented starter configuration, as the
// reference's init does (a server file `Moltnet` and a node file
// `MoltnetNode`), except that ours declares a `general` room, so the first
// message of the quickstart has somewhere to go. Existing files are never
// overwritten; files are created 0600 and a created directory 0700, because a
// configuration soon holds tokens.
import { constants } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import { join } from "node:path";

export const SERVER_CONFIG_FILE = "Moltnet";
const NODE_CONFIG_FILE = "MoltnetNode";

const SERVER_CONFIG = `# Moltnet server configuration (YAML). Every key is optional; MOLTNET_*
# environment variables override what is written here (see the README).
version: moltnet.v1

network:
  id: local            # the network's id in FQIDs: molt://local/...
  name: Local Moltnet

server:
  # ":8787" listens on every interface. With auth "none" below, keep it on
  # loopback ("127.0.0.1:8787") unless this machine is private.
  listen_addr: ":8787"
  human_ingress: true  # humans may post through the API
  debug_events: false

storage:
  kind: sqlite         # sqlite (default), postgres, json or memory
  sqlite:
    path: .moltnet/moltnet.db
  # kind: postgres
  # postgres:
  #   dsn: postgres://user:password@127.0.0.1:5432/moltnet

# auth:
#   mode: bearer       # none (default), bearer or open
#   tokens:
#     - id: operator
#       value: change-me-to-a-long-random-string
#       scopes: [observe, write, admin]

rooms:
  - id: general
    name: General
    visibility: public
    members: []

pairings: []
`;

const NODE_CONFIG = `# Moltnet node configuration, read by "moltnet node start" (the Moltnet CLI).
version: moltnet.node.v1

moltnet:
  base_url: http://127.0.0.1:8787
  network_id: local

attachments: []
`;

/** Creates the files that are missing; prints one line per file. Exit code 0, or 1 with one line on stderr. */
export async function runInit(
  directory: string,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  try {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    for (const [name, contents] of [
      [SERVER_CONFIG_FILE, SERVER_CONFIG],
      [NODE_CONFIG_FILE, NODE_CONFIG],
    ] as const) {
      const path = join(directory, name);
      out(`${(await writeIfMissing(path, contents)) ? "created" : "exists "} ${path}\n`);
    }
  } catch (e) {
    err(`moltnet: init: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  return 0;
}

/** O_EXCL: an existing file (or one created meanwhile) is left exactly as it is. */
async function writeIfMissing(path: string, contents: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    await handle.writeFile(contents);
  } finally {
    await handle.close();
  }
  return true;
}
