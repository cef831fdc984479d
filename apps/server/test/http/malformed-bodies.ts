// Generated malformed bodies for every POST/PATCH route. Each request is
// invalid by the contract (§5.1 decoding → 400, validation → 422), so the
// server must answer 4xx and change nothing. Values come from fast-check with
// a fixed seed: the same requests on every run and every backend.
//
// Mutations of each route's valid base body (malformed-routes.ts) make exactly
// one thing wrong. Bases are valid on purpose: a mutation the server wrongly
// accepts shows up as a 2xx and as a changed snapshot.
import fc from "fast-check";
import { bodyRoutes, type FieldKind } from "./malformed-routes.js";

export interface MalformedRequest {
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

const SEED = 20261125;
const sample = <T>(arb: fc.Arbitrary<T>, n: number, salt: number): T[] =>
  fc.sample(arb, { seed: SEED + salt, numRuns: n });

const scalar = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
const smallObject = fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { minKeys: 0, maxKeys: 2 });
const nonEmptyArray = fc.array(fc.oneof(scalar, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 3 });

/** JSON values of the wrong type for a field kind (never null: null is "leave untouched" in Go, not an error). */
const WRONG: Record<FieldKind, fc.Arbitrary<unknown>> = {
  string: fc.oneof(scalar, smallObject, fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 })),
  strings: fc.oneof(
    scalar,
    fc.string({ maxLength: 6 }),
    smallObject,
    fc.array(fc.oneof(scalar, smallObject, fc.constant([])), { minLength: 1, maxLength: 3 }),
  ),
  object: fc.oneof(scalar, fc.string({ maxLength: 6 }), fc.array(scalar, { maxLength: 2 })),
  list: fc.oneof(
    scalar,
    fc.string({ maxLength: 6 }),
    smallObject,
    fc.array(fc.oneof(scalar, fc.string({ maxLength: 4 }), fc.constant([])), { minLength: 1, maxLength: 3 }),
  ),
  map: fc.oneof(scalar, fc.string({ maxLength: 6 }), nonEmptyArray),
};

/** Ids that fail `[A-Za-z0-9][A-Za-z0-9._:-]{0,127}` even after trimming. */
export const badId: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.stringMatching(/^[a-z0-9]{1,8}$/),
      fc.constantFrom(
        " ",
        "/",
        "@",
        "#",
        "?",
        "%",
        "é",
        "\u0000",
        "\n",
        "*",
        "+",
        "=",
        ",",
        ";",
        "!",
        "~",
        "\u2028",
        "🦀",
        "\\",
        '"',
        "<",
      ),
      fc.stringMatching(/^[a-z0-9]{1,8}$/),
    )
    .map(([a, bad, b]) => `${a}${bad}${b}`),
  fc.constantFrom("-lead", ".dot", "_under", "x".repeat(129), `a${"b".repeat(500)}`, "\ud800x", "ｆｕｌｌ"),
);

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let at: any = obj;
  for (const key of keys.slice(0, -1)) at = at[key];
  at[keys.at(-1)!] = value;
}

function deletePath(obj: Record<string, unknown>, path: string): void {
  const keys = path.split(".");
  let at: any = obj;
  for (const key of keys.slice(0, -1)) at = at[key];
  delete at[keys.at(-1)!];
}

const enc = new TextEncoder();
const concat = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...enc.encode(p)] : p)));

const nest = (depth: number, inner: string, open = "[", close = "]") =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

/** Every malformed body request. */
export function malformedBodies(roomId: string): MalformedRequest[] {
  const out: MalformedRequest[] = [];
  const routes = bodyRoutes(roomId);
  routes.forEach((route, r) => {
    const add = (label: string, body: string | Uint8Array, headers?: Record<string, string>) =>
      out.push({
        label: `${route.method} ${route.path} ${label}`,
        method: route.method,
        path: route.path,
        body,
        headers,
      });
    const json = JSON.stringify(route.base);

    // Wrong types, every field, several values each.
    Object.entries(route.fields).forEach(([path, kind], f) => {
      for (const wrong of sample(WRONG[kind], 3, r * 100 + f)) {
        const body = clone(route.base);
        setPath(body, path, wrong);
        add(`wrong type ${path}=${JSON.stringify(wrong).slice(0, 40)}`, JSON.stringify(body));
      }
    });
    // Missing required fields.
    for (const path of route.required) {
      const body = clone(route.base);
      deletePath(body, path);
      add(`missing ${path}`, JSON.stringify(body));
    }
    // Bad ids and other invalid values.
    route.idFields.forEach((path, f) => {
      for (const bad of sample(badId, 3, 5000 + r * 100 + f)) {
        const body = clone(route.base);
        setPath(body, path, bad);
        add(`bad id ${path}=${JSON.stringify(bad).slice(0, 40)}`, JSON.stringify(body));
      }
    });
    for (const [path, values] of Object.entries(route.invalidValues ?? {})) {
      for (const value of values) {
        const body = clone(route.base);
        setPath(body, path, value);
        add(`invalid ${path}=${JSON.stringify(value).slice(0, 40)}`, JSON.stringify(body));
      }
    }
    // Duplicate keys: the last one wins (Go) and is invalid.
    for (const dup of route.duplicates) add(`duplicate key ${dup}`, `${json.slice(0, -1)},${dup}}`);
    // Not a single JSON object.
    for (const tail of ["x", "}", "]", ",", "\u0000", " //c", ",{}", " 1", " null", "\n{}", "{}", ' "s"'])
      add(`trailing ${JSON.stringify(tail)}`, json + tail);
    // `{}` is the zero request: invalid only where something is required.
    const wholes = [
      "",
      "   \n",
      "{",
      '{"id":',
      "nul",
      "tru",
      "{'id':'x'}",
      "\ufeff" + json,
      `[${json}]`,
      "[]",
      '"text"',
      "42",
      "true",
      "{}{}",
    ];
    if (route.nullInvalid) wholes.push("{}");
    for (const whole of wholes) {
      add(`body ${JSON.stringify(whole).slice(0, 30)}`, whole);
    }
    if (route.nullInvalid) for (const n of ["null", " null ", "null\n"]) add(`null body ${JSON.stringify(n)}`, n);
    // Invalid UTF-8 inside a string value.
    const text = route.textField;
    for (const bytes of [
      [0xff],
      [0xc3, 0x28],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
    ]) {
      const marker = "\u0001MARK\u0001";
      const body = clone(route.base);
      setPath(body, text, marker);
      const [before, after] = JSON.stringify(body).split(JSON.stringify(marker).slice(1, -1));
      add(`invalid UTF-8 ${bytes.map((b) => b.toString(16)).join(" ")} in ${text}`, concat(before!, bytes, after!));
    }
    // A raw control character inside a string is a syntax error.
    const withTab = clone(route.base);
    setPath(withTab, text, "\u0001TAB\u0001");
    add(`raw tab in ${text}`, JSON.stringify(withTab).replace("\\u0001TAB\\u0001", "a\tb"));
    // Deep nesting: a whole body, a field, an unknown field.
    add("10k nested arrays", nest(10_000, ""));
    add("100k nested arrays", nest(100_000, ""));
    const deep = clone(route.base);
    setPath(deep, text, "\u0001DEEP\u0001");
    add(`10k nested in ${text}`, JSON.stringify(deep).replace('"\\u0001DEEP\\u0001"', nest(10_000, "1")));
    add("10k nested objects in an unknown field", `${json.slice(0, -1)},"zz":${nest(10_000, "1", '{"a":', "}")}}`);
    // Sizes around the 1 MiB cap: just over (declared and chunked), and a near-cap body with an invalid value.
    const cap = 1_048_576;
    const filler = (n: number) => `${json.slice(0, -1)},"zz":"${"x".repeat(Math.max(0, n - json.length - 8))}"}`;
    add("cap + 1 bytes", filler(cap + 1));
    add("2 MiB", filler(2 * cap));
    add("cap + 1 bytes chunked", filler(cap + 1), { "Transfer-Encoding": "chunked" });
    const near = clone(route.base);
    setPath(near, route.idFields[0]!, `x${"y".repeat(cap - json.length - 600)} bad`);
    add("near-cap invalid id", JSON.stringify(near));
  });
  // Message-specific: deeply nested data, human sender from a remote origin.
  const msg = routes[2]!.base;
  const deepData = `${JSON.stringify({ ...msg, parts: [] }).replace('"parts":[]', `"parts":[{"kind":"data","data":${nest(10_000, "1", '{"a":', "}")}}]`)}`;
  out.push({ label: "POST /v1/messages data nested 10k deep", method: "POST", path: "/v1/messages", body: deepData });
  out.push({
    label: "POST /v1/messages remote-origin human without pair scope",
    method: "POST",
    path: "/v1/messages",
    body: JSON.stringify({
      ...msg,
      origin: { network_id: "elsewhere", message_id: "x" },
      from: { type: "human", id: "h1" },
    }),
  });
  return out;
}
