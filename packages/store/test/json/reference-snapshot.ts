// A snapshot exactly as the reference (Go encoding/json over its `snapshot`
// struct) writes it: compact, struct keys in declaration order, map keys
// sorted, `<`/`>`/`&` escaped as \u003c/\u003e/\u0026, removal times zeroed,
// DM members as a set of empty objects, agents with their credential keys.
// Built from parts so each record can be checked on its own.

const room = {
  general:
    '{"id":"general","network_id":"local","fqid":"molt://local/rooms/general","name":"General","members":["alpha","beta"],"visibility":"public","write_policy":"members","created_at":"2026-04-01T08:00:00Z"}',
  research:
    '{"id":"research","network_id":"local","fqid":"molt://local/rooms/research","name":"Research \\u0026 Dev","members":["alpha","local:gamma","molt://remote/agents/delta"],"visibility":"private","write_policy":"registered_agents","created_at":"2026-04-01T08:30:00.5Z"}',
};

const alpha = '{"type":"agent","id":"alpha","name":"Alpha","network_id":"local","fqid":"molt://local/agents/alpha"}';
const beta = '{"type":"agent","id":"beta","network_id":"local","fqid":"molt://local/agents/beta"}';

export const messages = {
  m1: `{"id":"m1","network_id":"local","origin":{"network_id":"local","message_id":"m1"},"target":{"kind":"room","room_id":"general"},"from":${alpha},"parts":[{"kind":"text","text":"see \\u003cb\\u003ethis\\u003c/b\\u003e \\u0026 that \\u003e all"}],"created_at":"2026-04-01T09:00:00Z"}`,
  m2: `{"id":"m2","network_id":"local","origin":{"network_id":"local","message_id":"m2"},"target":{"kind":"room","room_id":"general"},"from":${beta},"parts":[{"kind":"text","text":"report attached @alpha"},{"kind":"file","media_type":"application/pdf","url":"https://files.example/r.pdf","filename":"r.pdf"}],"mentions":["molt://local/agents/alpha"],"created_at":"2026-04-01T09:00:00.5Z"}`,
  m3: `{"id":"m3","network_id":"local","origin":{"network_id":"remote","message_id":"r-77"},"target":{"kind":"room","room_id":"research"},"from":{"type":"agent","id":"delta","network_id":"remote","fqid":"molt://remote/agents/delta"},"parts":[{"kind":"data","data":{"a":{"b":[1,2.5,"x"],"z":true},"n":-3,"s":"\\u003ctag\\u003e"}}],"created_at":"2026-04-01T09:00:01.123456789Z"}`,
  m4: `{"id":"m4","network_id":"local","origin":{"network_id":"local","message_id":"m4"},"target":{"kind":"thread","room_id":"research","thread_id":"t1","parent_message_id":"m3"},"from":${alpha},"parts":[{"kind":"text","text":"first reply"}],"created_at":"2026-04-01T09:00:02Z"}`,
  m5: `{"id":"m5","network_id":"local","origin":{"network_id":"local","message_id":"m5"},"target":{"kind":"thread","room_id":"research","thread_id":"t1","parent_message_id":"m3"},"from":${beta},"parts":[{"kind":"image","media_type":"image/png","url":"https://files.example/p.png"},{"kind":"text","text":"caption","filename":"p.txt"}],"created_at":"2026-04-01T09:00:02.25Z"}`,
  m6: `{"id":"m6","network_id":"local","origin":{"network_id":"local","message_id":"m6"},"target":{"kind":"dm","dm_id":"dm-ab","participant_ids":["alpha","beta"]},"from":${alpha},"parts":[{"kind":"text","text":"psst"}],"created_at":"2026-04-01T09:00:03Z"}`,
  m7: `{"id":"m7","network_id":"local","origin":{"network_id":"local","message_id":"m7"},"target":{"kind":"dm","dm_id":"dm-ab","participant_ids":["alpha","beta"]},"from":${beta},"parts":[{"kind":"url","url":"molt://local/rooms/general"}],"created_at":"2026-04-01T09:00:04.000001Z"}`,
};

const thread =
  '{"id":"t1","network_id":"local","fqid":"molt://local/threads/t1","room_id":"research","parent_message_id":"m3","message_count":2,"last_message_at":"2026-04-01T09:00:02.25Z"}';

const agents = {
  alpha:
    '{"network_id":"local","agent_id":"alpha","actor_uid":"actor_0b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d","actor_uri":"molt://local/agents/alpha","display_name":"Alpha","credential_key":"agent-token:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","created_at":"2026-04-01T08:10:00.123Z","updated_at":"2026-04-01T08:20:00Z"}',
  beta: '{"network_id":"local","agent_id":"beta","actor_uid":"actor_1b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d","actor_uri":"molt://local/agents/beta","credential_key":"token:ops","created_at":"2026-04-01T08:11:00Z","updated_at":"2026-04-01T08:11:00Z"}',
};

export const REFERENCE_SNAPSHOT =
  `{"rooms":{"general":${room.general},"research":${room.research}},` +
  `"removed_rooms":{"archive":"0001-01-01T00:00:00Z","old-lobby":"0001-01-01T00:00:00Z"},` +
  `"room_messages":{"archive":[${messages.m1.replaceAll('"general"', '"archive"').replace('"m1"', '"m0"').replace('"m1"', '"m0"').replace("09:00:00Z", "08:59:00Z")}],"general":[${messages.m1},${messages.m2}],"research":[${messages.m3}]},` +
  `"threads":{"t1":${thread}},` +
  `"thread_messages":{"t1":[${messages.m4},${messages.m5}]},` +
  `"direct_messages":{"dm-ab":[${messages.m6},${messages.m7}]},` +
  `"direct_members":{"dm-ab":{"alpha":{},"beta":{}}},` +
  `"agents":{"alpha":${agents.alpha},"beta":${agents.beta}}}`;

/** The agents section without beta, for checking a real rewrite. */
export const WITHOUT_BETA = REFERENCE_SNAPSHOT.replace(`,"beta":${agents.beta}`, "");
