// The public HTTP API, same origin. Every URL is relative to the console's own
// address (…/console/ → …/v1/…), so a reverse proxy's path prefix is kept.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function apiUrl(path: string, query: Record<string, string | undefined> = {}): string {
  const url = new URL(`../${path.replace(/^\//, "")}`, document.baseURI);
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== "") url.searchParams.set(key, value);
  return url.toString();
}

async function request<T>(
  method: string,
  path: string,
  query: Record<string, string | undefined>,
  body?: unknown,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      credentials: "same-origin",
      headers:
        body === undefined
          ? { Accept: "application/json" }
          : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network_error", "the server cannot be reached");
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === "" ? null : JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const envelope = (parsed ?? {}) as { code?: string; error?: string };
    throw new ApiError(response.status, envelope.code ?? "error", envelope.error ?? `HTTP ${response.status}`);
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, query: Record<string, string | undefined> = {}) => request<T>("GET", path, query),
  post: <T>(path: string, body: unknown) => request<T>("POST", path, {}, body),
};

/** What an operator should read for a failed request, by status. */
export function explain(err: unknown): string {
  if (!(err instanceof ApiError)) return `Unexpected error: ${String(err)}`;
  switch (err.status) {
    case 0:
      return "The server cannot be reached. Check that it is running.";
    case 401:
      return "Not signed in (401). Open the console as /console/?access_token=<your token>.";
    case 403:
      return `Not allowed (403): ${err.message}. This token lacks the scope for this view.`;
    case 503:
      return "Storage unavailable (503): the database is not answering. Retry in a moment.";
    default:
      return `${err.message} (${err.status})`;
  }
}
