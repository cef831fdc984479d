// The shape of a Go struct as encoding/json sees it: string, bool, []string,
// map and nested struct fields, each with Go's zero value. Request bodies are
// declared with these builders (service/request-schemas.ts) and their
// TypeScript types inferred from them; http/decode.ts fills them from JSON.
// Nothing here knows about HTTP.

export interface StringField {
  kind: "string";
}
export interface BoolField {
  kind: "bool";
}
export interface StringListField {
  kind: "strings";
}
/** `map[string]interface{}`: any JSON object, kept as a plain object. */
export interface MapField {
  kind: "map";
}
export interface ObjectSchema<T> {
  kind: "object";
  /** Go type name used in error messages, e.g. `protocol.Actor`. */
  goType: string;
  fields: Record<string, FieldSchema>;
  /** Phantom, for type inference only. */
  readonly __type?: T;
}
export interface ListField<T> {
  kind: "list";
  element: ObjectSchema<T>;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an existential type argument: any shape of any fields
export type FieldSchema = StringField | BoolField | StringListField | MapField | ObjectSchema<any> | ListField<any>;

type InferField<F> = F extends StringField
  ? string
  : F extends BoolField
    ? boolean
    : F extends StringListField
      ? string[]
      : F extends MapField
        ? Record<string, unknown> | undefined
        : F extends ObjectSchema<infer T>
          ? T
          : F extends ListField<infer T>
            ? T[]
            : never;

type InferFields<F extends Record<string, FieldSchema>> = { [K in keyof F]: InferField<F[K]> };

/** The TypeScript type a schema decodes to. */
export type Infer<S> = S extends ObjectSchema<infer T> ? T : never;

/** Schema builders. Zero values: `""`, `false`, `[]`, `undefined` (map), zero object, `[]`. */
export const t = {
  string: { kind: "string" } as StringField,
  bool: { kind: "bool" } as BoolField,
  strings: { kind: "strings" } as StringListField,
  map: { kind: "map" } as MapField,
  object<F extends Record<string, FieldSchema>>(goType: string, fields: F): ObjectSchema<InferFields<F>> {
    return { kind: "object", goType, fields };
  },
  list<T>(element: ObjectSchema<T>): ListField<T> {
    return { kind: "list", element };
  },
};

/** The zero value of a schema (what Go leaves in an untouched struct). */
export function zeroValue<T>(schema: ObjectSchema<T>): T {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.fields)) out[name] = zeroField(field);
  return out as T;
}

function zeroField(field: FieldSchema): unknown {
  switch (field.kind) {
    case "string":
      return "";
    case "bool":
      return false;
    case "strings":
    case "list":
      return [];
    case "map":
      return undefined;
    case "object":
      return zeroValue(field);
  }
}
