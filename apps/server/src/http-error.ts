// The error every layer throws when a request cannot be served as asked: the
// answer's status and the client-facing message (shown for status < 500; a
// 5xx shows only its reason phrase, see http/errors.ts). It carries no HTTP
// machinery, so the service and auth layers use it without importing http/.
export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly status: number,
    message: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.headers = options?.headers ?? {};
  }
  /** Extra response headers (e.g. `Allow` on a 405). */
  readonly headers: Record<string, string>;
}
