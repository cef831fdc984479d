// The POST/PATCH routes as the malformed-input generator sees them: a valid
// base body per route (it would create something new), the JSON kind of every
// decodable field, and which fields are required, must hold ids, or have
// known-invalid values (contract §5.5-§5.12).

export type FieldKind = "string" | "strings" | "object" | "list" | "map";

export interface RouteSpec {
  method: string;
  path: string;
  base: Record<string, unknown>;
  /** Every decodable field, by path (`parts.0.kind`), with its JSON kind. */
  fields: Record<string, FieldKind>;
  /** Fields whose absence is a 422. */
  required: string[];
  /** Fields that must hold a valid id (or a known word): bad values are a 422. */
  idFields: string[];
  /** Extra invalid values for some fields. */
  invalidValues?: Record<string, unknown[]>;
  /** Whether a literal `null` body is invalid (for some routes it is the zero request, which is valid). */
  nullInvalid: boolean;
  /** Duplicate keys appended at the top level: the last one wins and is invalid. */
  duplicates: string[];
  /** A free-text field, for invalid UTF-8 and nesting where a string belongs. */
  textField: string;
}

const MESSAGE_FIELDS: Record<string, FieldKind> = {
  id: "string",
  origin: "object",
  "origin.network_id": "string",
  "origin.message_id": "string",
  target: "object",
  "target.kind": "string",
  "target.room_id": "string",
  "target.thread_id": "string",
  "target.parent_message_id": "string",
  "target.dm_id": "string",
  "target.participant_ids": "strings",
  from: "object",
  "from.type": "string",
  "from.id": "string",
  "from.name": "string",
  "from.network_id": "string",
  "from.fqid": "string",
  parts: "list",
  "parts.0.kind": "string",
  "parts.0.text": "string",
  "parts.0.media_type": "string",
  "parts.0.url": "string",
  "parts.0.filename": "string",
  "parts.0.data": "map",
  mentions: "strings",
};

/** The routes, given the fixture's existing room. */
export function bodyRoutes(roomId: string): RouteSpec[] {
  const threadBase = {
    id: "mf-new-msg",
    origin: { network_id: "local", message_id: "mf-new-msg" },
    target: {
      kind: "thread",
      room_id: roomId,
      thread_id: "mf-new-thread",
      parent_message_id: "mf-m-1",
      dm_id: "",
      participant_ids: ["alpha", "beta"],
    },
    from: { type: "agent", id: "alpha", name: "Alpha", network_id: "local", fqid: "molt://local/agents/alpha" },
    parts: [
      {
        kind: "url",
        text: "see",
        media_type: "text/html",
        url: "https://example.test/x",
        filename: "x.html",
        data: { a: 1 },
      },
    ],
    mentions: ["beta"],
  };
  const dmBase = {
    id: "mf-new-dm-msg",
    target: { kind: "dm", dm_id: "mf-new-dm", participant_ids: ["alpha", "beta"] },
    from: { type: "agent", id: "alpha" },
    parts: [{ kind: "text", text: "hi" }],
  };
  return [
    {
      method: "POST",
      path: "/v1/rooms",
      base: {
        id: "mf-new-room",
        name: "New",
        members: ["alpha", "beta"],
        visibility: "public",
        write_policy: "members",
      },
      fields: { id: "string", name: "string", members: "strings", visibility: "string", write_policy: "string" },
      required: ["id"],
      idFields: ["id", "members.0"],
      invalidValues: {
        visibility: ["secret", "PUBLIC!", "publicx"],
        write_policy: ["everyone", "admins"],
        id: ["   ", "\t"],
      },
      nullInvalid: true,
      duplicates: ['"id":"bad id"', '"ID":7', '"members":["ok","no good"]', '"visibility":"nope"'],
      textField: "name",
    },
    {
      method: "PATCH",
      path: `/v1/rooms/${roomId}/members`,
      base: { add: ["mf-added"], remove: ["beta"] },
      fields: { add: "strings", remove: "strings" },
      required: [],
      idFields: ["add.0", "remove.0"],
      invalidValues: {
        add: [Array.from({ length: 257 }, (_, i) => `mf-many-${i}`)],
        remove: [Array.from({ length: 300 }, (_, i) => `mf-r-${i}`)],
      },
      nullInvalid: false,
      duplicates: ['"add":["bad id"]', '"ADD":5', '"remove":{}'],
      textField: "add.0",
    },
    {
      method: "POST",
      path: "/v1/messages",
      base: threadBase,
      fields: MESSAGE_FIELDS,
      required: ["from", "from.id", "parts", "target", "target.kind", "target.room_id", "target.thread_id"],
      idFields: ["id", "from.id", "target.room_id", "target.thread_id", "target.parent_message_id"],
      invalidValues: {
        "target.kind": ["channel", "Thread", " thread", ""],
        "parts.0.kind": ["video", "TEXT", ""],
        "parts.0.url": ["ftp://x.test/a", "javascript:alert(1)", "http://", "https:///nohost", "http://[::1", "%%%"],
        parts: [[], Array.from({ length: 3 }, () => ({ kind: "bogus" }))],
        "from.id": ["", "   "],
      },
      nullInvalid: true,
      duplicates: ['"id":"bad id"', '"from":{"id":""}', '"parts":[]', '"target":{"kind":"nope"}', '"Parts":"text"'],
      textField: "parts.0.text",
    },
    {
      method: "POST",
      path: "/v1/messages",
      base: dmBase,
      fields: { "target.dm_id": "string", "target.participant_ids": "strings" },
      required: ["target.dm_id", "target.participant_ids"],
      idFields: ["target.dm_id", "target.participant_ids.0", "target.participant_ids.1"],
      invalidValues: {
        "target.participant_ids": [
          ["alpha"],
          ["alpha", " alpha "],
          Array.from({ length: 257 }, (_, i) => `p-${i}`),
          [],
        ],
      },
      nullInvalid: true,
      duplicates: ['"target":{"participant_ids":["solo"]}'],
      textField: "parts.0.text",
    },
    {
      method: "POST",
      path: "/v1/agents/register",
      base: { requested_agent_id: "mf-new-agent", name: "New Agent" },
      fields: { requested_agent_id: "string", name: "string" },
      required: [],
      idFields: ["requested_agent_id"],
      invalidValues: { requested_agent_id: ["molt://net/agents/", "molt://bad net/agents/x", ":x"] },
      nullInvalid: false,
      duplicates: ['"requested_agent_id":"bad id"', '"Requested_Agent_ID":[]', '"name":{}'],
      textField: "name",
    },
    {
      method: "POST",
      path: "/v1/apply",
      base: {
        network_id: "local",
        rooms: [
          {
            id: "mf-apply-room",
            name: "Applied",
            members: ["alpha"],
            visibility: "private",
            write_policy: "operators",
          },
        ],
        agents: [{ id: "mf-apply-agent", name: "Applied", credential_key: "token:mf-apply" }],
      },
      fields: {
        network_id: "string",
        rooms: "list",
        "rooms.0.id": "string",
        "rooms.0.name": "string",
        "rooms.0.members": "strings",
        "rooms.0.visibility": "string",
        "rooms.0.write_policy": "string",
        agents: "list",
        "agents.0.id": "string",
        "agents.0.name": "string",
        "agents.0.credential_key": "string",
      },
      required: ["rooms.0.id", "agents.0.id", "agents.0.credential_key"],
      idFields: ["rooms.0.id", "rooms.0.members.0", "agents.0.id"],
      invalidValues: {
        network_id: ["other", "LOCAL"],
        "rooms.0.visibility": ["hidden"],
        "rooms.0.write_policy": ["nobody"],
        agents: [
          [
            { id: "mf-twice", credential_key: "token:a" },
            { id: "mf-twice", credential_key: "token:b" },
          ],
        ],
        "agents.0.credential_key": ["", "  "],
      },
      nullInvalid: false,
      duplicates: ['"network_id":"elsewhere"', '"Rooms":[{"id":"bad room"}]', '"agents":"x"'],
      textField: "rooms.0.name",
    },
  ];
}
