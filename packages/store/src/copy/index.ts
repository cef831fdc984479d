export { copyStore, type CopyOptions, type CopyProgress, type CopyReport, type TableVerification } from "./copy.js";
export { parseEndpoint, type Endpoint } from "./endpoint.js";
export { COPY_TABLES, type TableName } from "./tables.js";
