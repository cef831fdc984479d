// The HTTP toolkit shared by every route: errors and envelopes, JSON output,
// body reading and Go-style decoding, list query parsing.
export { HttpError, classifyError, createErrorHandler, errorCode, errorResponse, publicMessage, reasonText } from "./errors.js";
export { jsonResponse } from "./json.js";
export { MAX_BODY_BYTES, readBody, readBodyBytes, readJson } from "./body.js";
export { decodeJson, t, zeroValue, type FieldSchema, type Infer, type ObjectSchema } from "./decode.js";
export { JsonObject, JsonSyntaxError, MAX_JSON_DEPTH, parseJsonValue, type JsonValue } from "./json-parse.js";
export { DEFAULT_LIMIT, MAX_LIMIT, parseLimit, parseWindow, windowCursor, windowFromParams } from "./query.js";
export { createNotFoundHandler } from "./not-found.js";
export { goQuote } from "./quote.js";
