export class StoreError extends Error {
    code;
    name = "StoreError";
    constructor(code, message, options) {
        super(options?.backend ? `[store:${options.backend}] ${message}` : message, { cause: options?.cause });
        this.code = code;
    }
}
export function isStoreError(err, code) {
    return err instanceof StoreError && (code === undefined || err.code === code);
}
//# sourceMappingURL=errors.js.map