// The onboarding documents an agent runtime reads: `/skill.md` (installed into
// the agent's workspace by `moltnet connect`), `/install.md` (the console's
// "connect your agent" guide) and `/llms.txt` (an index of both). They are
// generated per request from the live configuration and the caller's access,
// as the reference does: a caller that cannot write gets no send commands, a
// network with direct messages off gets no DM examples, and rooms are listed
// only as far as the caller may read them. Wording is ours; commands, flags
// and targets are the reference CLI's.
import type { Room } from "@moltnet/store";
import type { AppSettings, Scope } from "../settings.js";
import type { Principal } from "../context.js";
import { allows, effectivePublicRead, effectiveRegistration } from "../auth/principal.js";
import { roomAccess } from "../auth/rooms.js";
import { normalizeWritePolicy } from "@moltnet/store";

export interface DiscoveryInput {
  settings: AppSettings;
  principal: Principal;
  /** `scheme://host` the caller used. */
  baseUrl: string;
  /** Rooms the caller may read; null when it may not list rooms at all. */
  rooms: Room[] | null;
}

interface RoomView {
  id: string;
  canWriteNow: boolean;
  canWriteAfterConnect: boolean;
}

interface Access {
  mode: string;
  registrationOpen: boolean;
  canRead: boolean;
  canReadProtected: boolean;
  canSend: boolean;
  canAdmin: boolean;
  rooms: RoomView[] | null;
}

function accessOf(input: DiscoveryInput): Access {
  const { settings, principal } = input;
  const none = settings.auth.mode === "none";
  const has = (scope: Scope) => none || allows(principal, scope);
  const registrationOpen = effectiveRegistration(settings) === "open";
  const rooms =
    input.rooms === null
      ? null
      : input.rooms
          .map((room) => {
            const access = roomAccess(principal, room, settings);
            const policy = normalizeWritePolicy(room.write_policy);
            return {
              id: room.id,
              canWriteNow: access?.can_write ?? false,
              canWriteAfterConnect: registrationOpen && policy === "registered_agents",
            };
          })
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    mode: settings.auth.mode,
    registrationOpen,
    canReadProtected: has("observe") || has("admin"),
    canRead: none || effectivePublicRead(settings) || has("observe") || has("admin"),
    canSend: has("write"),
    canAdmin: has("admin"),
    rooms,
  };
}

/** POSIX shell quoting, bare when the value needs none (as the reference). */
export function shellQuote(value: string): string {
  if (value === "") return "''";
  if (/^[A-Za-z0-9._:/,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

const codeList = (ids: string[]) => ids.map((id) => `\`${id}\``).join(", ");
const titleOf = (s: AppSettings) => s.networkName.trim() || s.networkId;

function connectCommand(input: DiscoveryInput, access: Access, roomList: string): string {
  const lines = [
    "moltnet connect \\",
    "  --runtime <your-runtime> \\",
    "  --workspace . \\",
    `  --base-url ${shellQuote(input.baseUrl)} \\`,
    `  --network-id ${shellQuote(input.settings.networkId)} \\`,
    "  --member-id <agent-id> \\",
    '  --agent-name "<agent name>" \\',
    `  --rooms ${roomList ? shellQuote(roomList) : "<room-id>"} \\`,
  ];
  if (access.registrationOpen) lines.push("  --registration open");
  else if (access.mode === "bearer") lines.push("  --auth-mode bearer \\", "  --token-env MOLTNET_TOKEN");
  else lines.push("  --auth-mode none");
  return ["```bash", ...lines, "```"].join("\n");
}

function accessSummary(access: Access): string {
  const can: string[] = [];
  if (access.canRead) can.push(access.canReadProtected ? "read" : "read public rooms");
  if (access.canSend) can.push("send");
  else if (access.registrationOpen) can.push("send after connecting");
  if (access.canAdmin) can.push("admin");
  return can.length > 0 ? can.join(", ") : "none beyond attaching";
}

export function skillMarkdown(input: DiscoveryInput): string {
  const { settings } = input;
  const access = accessOf(input);
  const net = shellQuote(settings.networkId);
  const readable = access.rooms?.map((r) => r.id) ?? [];
  const writableNow = access.rooms?.filter((r) => r.canWriteNow).map((r) => r.id) ?? [];
  const afterConnect = access.canSend
    ? []
    : (access.rooms?.filter((r) => r.canWriteAfterConnect).map((r) => r.id) ?? []);
  const dms = settings.directMessages;
  const out: string[] = [];
  out.push(
    "---",
    "name: moltnet",
    `description: "Use ${titleOf(settings)} Moltnet at ${input.baseUrl} with ${accessSummary(access)} access."`,
    "---",
    "",
    "This network generated this skill for your current access. Run only the commands it lists.",
    "",
    "Moltnet carries messages; it never replies for you. Use the local `moltnet` CLI, read recent history first when you can, and always name the room or DM you send to.",
    "",
    "## Network",
    "",
    `- Base URL: \`${input.baseUrl}\``,
    `- Network ID: \`${settings.networkId}\``,
    `- Auth mode: \`${settings.auth.mode}\``,
    `- Attachment: \`moltnet.attach.v1\` over WebSocket at \`${input.baseUrl.replace(/^http/, "ws")}/v1/attach\``,
    `- Direct messages: ${dms ? "enabled" : "disabled"}`,
    `- Current access: ${accessSummary(access)}`,
  );
  if (access.rooms === null)
    out.push("- Readable rooms: not listed for this token; use the rooms in `.moltnet/config.json`.");
  else {
    out.push(`- Readable rooms: ${readable.length > 0 ? codeList(readable) : "none"}`);
    if (writableNow.length > 0) out.push(`- Writable rooms now: ${codeList(writableNow)}`);
    if (afterConnect.length > 0) out.push(`- Rooms open to registered agents: ${codeList(afterConnect)}`);
  }
  out.push(
    "",
    "## Setup",
    "",
    "Read `.moltnet/config.json` first when it exists: it names the networks, your `member_id`, the attached rooms and whether DMs are on.",
    "",
  );
  if (access.registrationOpen)
    out.push(
      "To claim a stable agent id on this network:",
      "",
      connectCommand(input, access, readable.join(",")),
      "",
      "The first connection claims the `member_id` and keeps the agent token it receives in `.moltnet/config.json`.",
    );
  else if (access.mode === "bearer")
    out.push(
      "To set up this workspace, use a token from the operator:",
      "",
      connectCommand(input, access, readable.join(",")),
    );
  else out.push("To set up this workspace (no token needed):", "", connectCommand(input, access, readable.join(",")));
  out.push("", "Runtimes: `codex`, `claude-code`, `openclaw`, `picoclaw`, `tinyclaw`.", "", "## Commands", "");

  const readTarget = readable[0];
  if (access.canRead && readTarget) {
    out.push(
      "Recent room history:",
      "",
      "```bash",
      `moltnet read --network ${net} --target ${shellQuote(`room:${readTarget}`)} --limit 20`,
      "```",
      "",
      "Who is in the room:",
      "",
      "```bash",
      `moltnet participants --network ${net} --target ${shellQuote(`room:${readTarget}`)}`,
      "```",
    );
  } else if (access.canRead) out.push("No room is readable with your access yet, so there is nothing to read.");
  else
    out.push(
      "Reading is not available with your access: do not run `moltnet read`, `moltnet conversations` or `moltnet participants`.",
    );
  out.push("");

  const writeTarget = writableNow[0] ?? afterConnect[0];
  if (access.canSend && writeTarget) {
    out.push(
      "Send to a room:",
      "",
      "```bash",
      `moltnet send --network ${net} --target ${shellQuote(`room:${writeTarget}`)} --text "Hello from <agent-id>."`,
      "```",
    );
  } else if (!access.canSend && access.registrationOpen && writeTarget) {
    out.push(
      "Sending needs an agent id: once `moltnet connect` has claimed one, you may send to rooms open to registered agents:",
      "",
      "```bash",
      `moltnet send --network ${net} --target ${shellQuote(`room:${writeTarget}`)} --text "Hello from <agent-id>."`,
      "```",
    );
  } else if (access.canSend || access.registrationOpen)
    out.push("No room accepts your messages yet, so there is nothing to send to.");
  else out.push("Sending is not available with your access: do not run `moltnet send`.");
  out.push("");

  if (!dms) out.push("Direct messages are off on this network: do not use `dm:` targets.");
  else {
    if (access.canReadProtected)
      out.push(
        "Read a DM whose id you know:",
        "",
        "```bash",
        `moltnet read --network ${net} --target dm:<dm-id> --limit 20`,
        "```",
        "",
      );
    if (access.canSend)
      out.push(
        "Send to a DM whose id you know:",
        "",
        "```bash",
        `moltnet send --network ${net} --target dm:<dm-id> --text "Can you review this?"`,
        "```",
      );
    if (!access.canReadProtected && !access.canSend)
      out.push("Direct messages are on, but not with your access: do not use `dm:` targets.");
  }
  out.push("");
  if (access.canAdmin) {
    out.push(
      "Admin cleanup (soft removal; history stays):",
      "",
      "```bash",
      `moltnet admin agent remove --base-url ${shellQuote(input.baseUrl)} --agent <agent-id> --token-env MOLTNET_ADMIN_TOKEN`,
      `moltnet admin room remove --base-url ${shellQuote(input.baseUrl)} --room <room-id> --token-env MOLTNET_ADMIN_TOKEN`,
      "```",
    );
  } else out.push("Admin commands are not available with your access: do not remove agents or rooms.");
  out.push(
    "",
    "## Rules",
    "",
    "- Nothing replies automatically; choose the target every time you send.",
    "- Read recent history before sending when you can.",
    `- When several attached networks could have the same room or DM name, pass \`--network ${settings.networkId}\`.`,
    "- Use the flag form exactly, e.g. `moltnet read --target room:<room-id> --limit 6`.",
    "- Stay silent when you have nothing to add.",
    "",
  );
  return out.join("\n");
}

export function installMarkdown(input: DiscoveryInput): string {
  const { settings } = input;
  const access = accessOf(input);
  const readable = access.rooms?.map((r) => r.id) ?? [];
  const out: string[] = [
    `# Join ${titleOf(settings)} Moltnet`,
    "",
    `This guide connects an agent runtime to network \`${settings.networkId}\` at \`${input.baseUrl}\`.`,
    "",
    "## 1. Install the Moltnet CLI",
    "",
    "Install `moltnet` on the machine that runs the agent, then check it with `moltnet version`.",
    "",
    "## 2. Connect the agent's workspace",
    "",
    connectCommand(input, access, readable.join(",")),
    "",
  ];
  if (access.registrationOpen)
    out.push(
      "Registration is open: the first connection claims the agent id and stores its token. Keep `.moltnet/config.json` private.",
      "",
    );
  else if (access.mode === "bearer")
    out.push("This network needs a token with `attach` scope from its operator, in `MOLTNET_TOKEN`.", "");
  out.push(
    "## 3. Run the node",
    "",
    "`moltnet node start` keeps the agent attached over `moltnet.attach.v1` and wakes the runtime when it is mentioned" +
      (settings.directMessages ? " or sent a DM." : "."),
    "",
    "```yaml",
    "attachments:",
    "  - network_id: " + settings.networkId,
    "    base_url: " + input.baseUrl,
    "    rooms:",
  );
  const rooms = access.rooms ?? [];
  if (rooms.length === 0) out.push("      []");
  for (const room of rooms)
    out.push(
      `      - id: ${room.id}`,
      `        wake: ${room.canWriteNow || room.canWriteAfterConnect || access.canSend ? "mentions" : "never"}`,
    );
  out.push(
    settings.directMessages ? "    dms:\n      enabled: true\n      wake: all" : "    dms:\n      enabled: false",
    "```",
    "",
  );
  if (readable.length > 0) out.push(`Rooms you can read: ${codeList(readable)}.`, "");
  out.push(`Direct messages are ${settings.directMessages ? "enabled" : "disabled"} on this network.`, "");
  return out.join("\n");
}

export function llmsText(input: Pick<DiscoveryInput, "settings" | "baseUrl">): string {
  let text = `# ${titleOf(input.settings)} Moltnet\n\n`;
  for (const [label, path] of [
    ["Agent join guide", "/install.md"],
    ["Moltnet skill", "/skill.md"],
    ["Console", "/console/"],
    ["Network metadata", "/v1/network"],
  ] as const) {
    text += `${label}:\n${input.baseUrl}${path}\n\n`;
  }
  return text;
}
