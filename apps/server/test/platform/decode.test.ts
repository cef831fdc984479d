import { describe, expect, it } from "vitest";
import { t } from "../../src/go-struct-schema.js";
import { decodeJson } from "../../src/http/decode.js";
import { HttpError } from "../../src/http/errors.js";
import { parseJsonValue } from "../../src/http/json-parse.js";

const actor = t.object("protocol.Actor", { type: t.string, id: t.string, name: t.string });
const part = t.object("protocol.Part", { kind: t.string, text: t.string, data: t.map });
const send = t.object("protocol.SendMessageRequest", {
  id: t.string,
  from: actor,
  parts: t.list(part),
  mentions: t.strings,
  urgent: t.bool,
});

const decode = (json: string) => decodeJson(send, parseJsonValue(new TextEncoder().encode(json)).value);
const failure = (json: string) => {
  try {
    decode(json);
  } catch (err) {
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(400);
    return (err as HttpError).message;
  }
  throw new Error(`expected ${json} to fail`);
};

describe("decodeJson", () => {
  it("missing keys - decode to zero values", () => {
    expect(decode("{}")).toEqual({
      id: "",
      from: { type: "", id: "", name: "" },
      parts: [],
      mentions: [],
      urgent: false,
    });
  });

  it("literal null body - is the zero value", () => {
    expect(decode("null")).toEqual(decode("{}"));
  });

  it("keys - match fields case-insensitively", () => {
    expect(decode('{"ID":"m1","From":{"Id":"a","TYPE":"agent"},"URGENT":true}')).toMatchObject({
      id: "m1",
      from: { id: "a", type: "agent" },
      urgent: true,
    });
  });

  it("case folding - follows Go (ſ folds to s, Kelvin sign to k)", () => {
    const schema = t.object("T", { kind: t.string, status: t.string });
    const value = parseJsonValue(new TextEncoder().encode('{"\u212aind":"x","ſtatus":"y"}')).value;
    expect(decodeJson(schema, value)).toEqual({ kind: "x", status: "y" });
  });

  it("duplicate keys - the last one wins, across case variants too", () => {
    expect(decode('{"id":"a","id":"b"}').id).toBe("b");
    expect(decode('{"id":"a","ID":"b","id":"c"}').id).toBe("c");
    expect(decode('{"ID":"a","id":"b"}').id).toBe("b");
  });

  it("unknown keys - are ignored whatever their type", () => {
    expect(decode('{"id":"m","extra":{"deep":[1,2,{"x":null}]},"n":5}').id).toBe("m");
  });

  it("null on a field - leaves strings, bools and objects untouched and clears lists", () => {
    const value = decode(
      '{"id":"a","id":null,"from":{"id":"x"},"from":null,"mentions":["p"],"mentions":null,"urgent":null}',
    );
    expect(value).toMatchObject({ id: "a", from: { id: "x" }, mentions: [], urgent: false });
  });

  it("a repeated object key - merges into the earlier object", () => {
    expect(decode('{"from":{"id":"a"},"from":{"type":"agent"}}').from).toEqual({ type: "agent", id: "a", name: "" });
  });

  it("free maps - keep any JSON, merge on repeat, and keep __proto__ as a plain key", () => {
    const value = decode(
      '{"parts":[{"kind":"data","data":{"a":1,"b":{"c":[true,null,"s"]},"__proto__":{"polluted":1}}}]}',
    );
    const data = value.parts[0]!.data!;
    expect(data.a).toBe(1);
    expect(data.b).toEqual({ c: [true, null, "s"] });
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(decode('{"parts":[{"data":{"a":1}}],"parts":[{"data":{"b":2}}]}').parts[0]!.data).toEqual({ a: 1, b: 2 });
    expect(decode('{"parts":[{"data":null}]}').parts[0]!.data).toBeUndefined();
  });

  it("wrong types - fail with Go's messages", () => {
    expect(failure('{"from":{"id":5}}')).toBe(
      "json: cannot unmarshal number into Go struct field Actor.from.id of type string",
    );
    expect(failure('{"id":true}')).toBe(
      "json: cannot unmarshal bool into Go struct field SendMessageRequest.id of type string",
    );
    expect(failure('{"urgent":"yes"}')).toBe(
      "json: cannot unmarshal string into Go struct field SendMessageRequest.urgent of type bool",
    );
    expect(failure('{"from":"a"}')).toBe(
      "json: cannot unmarshal string into Go struct field SendMessageRequest.from of type protocol.Actor",
    );
    expect(failure('{"parts":{}}')).toBe(
      "json: cannot unmarshal object into Go struct field SendMessageRequest.parts of type []protocol.Part",
    );
    expect(failure('{"parts":[1]}')).toBe(
      "json: cannot unmarshal number into Go struct field SendMessageRequest.parts of type protocol.Part",
    );
    expect(failure('{"parts":[{"kind":[]}]}')).toBe(
      "json: cannot unmarshal array into Go struct field Part.parts.kind of type string",
    );
    expect(failure('{"parts":[{"data":[]}]}')).toBe(
      "json: cannot unmarshal array into Go struct field Part.parts.data of type map[string]interface {}",
    );
    expect(failure('{"mentions":"a"}')).toBe(
      "json: cannot unmarshal string into Go struct field SendMessageRequest.mentions of type []string",
    );
    expect(failure('{"mentions":["a",1]}')).toBe(
      "json: cannot unmarshal number into Go struct field SendMessageRequest.mentions of type string",
    );
    expect(failure("[]")).toBe("json: cannot unmarshal array into Go value of type protocol.SendMessageRequest");
    expect(failure("1")).toBe("json: cannot unmarshal number into Go value of type protocol.SendMessageRequest");
  });

  it("an error inside a nested object - names the top struct again for later fields", () => {
    expect(failure('{"from":{"id":"a"},"id":1}')).toBe(
      "json: cannot unmarshal number into Go struct field SendMessageRequest.id of type string",
    );
  });

  it("string escapes - decode like Go, lone surrogates become U+FFFD", () => {
    expect(decode('{"id":"a\\u00e9\\n\\ud83d\\ude00"}').id).toBe("aé\n😀");
    expect(decode('{"id":"\\ud800x"}').id).toBe("\ufffdx");
    expect(decode('{"id":"\\udc00"}').id).toBe("\ufffd");
    expect(decode('{"id":"\\ud800\\u0041"}').id).toBe("\ufffdA");
  });

  it("numbers too large for float64 inside data - are a 400, not Infinity", () => {
    expect(failure('{"parts":[{"data":{"n":1e400}}]}')).toBe(
      "json: cannot unmarshal number into Go struct field Part.parts.data of type float64",
    );
  });
});
