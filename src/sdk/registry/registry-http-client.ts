// A minimal Schema Registry REST client (Confluent's API v1) for the SDK and CLI: JSON in
// and out with the registry's content type; an error answer becomes a RegistryHttpError
// carrying Confluent's error_code and message.

const CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

export class RegistryHttpError extends Error {
  override readonly name = "RegistryHttpError";
  readonly status: number;
  readonly errorCode: number | undefined;

  constructor(status: number, errorCode: number | undefined, message: string) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }
}

export class RegistryHttpClient {
  readonly #baseUrl: string;
  readonly #timeoutMs: number;

  constructor(baseUrl: string, timeoutMs = 30_000) {
    this.#baseUrl = baseUrl.replace(/\/+$/, "");
    this.#timeoutMs = timeoutMs;
  }

  get<T>(path: string): Promise<T> {
    return this.#request<T>("GET", path, undefined);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.#request<T>("POST", path, body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.#request<T>("PUT", path, body);
  }

  async #request<T>(method: string, path: string, body: unknown): Promise<T> {
    const url = `${this.#baseUrl}${path}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { accept: CONTENT_TYPE, ...(body === undefined ? {} : { "content-type": CONTENT_TYPE }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (err) {
      throw new Error(`schema registry ${this.#baseUrl} is unreachable: ${(err as Error).message}`, { cause: err });
    }
    const text = await res.text();
    const json: unknown = text === "" ? undefined : JSON.parse(text);
    if (!res.ok) {
      const { error_code: code, message } = (json ?? {}) as { error_code?: unknown; message?: unknown };
      throw new RegistryHttpError(
        res.status,
        typeof code === "number" ? code : undefined,
        `${method} ${path}: ${typeof message === "string" ? message : `HTTP ${res.status}`}`,
      );
    }
    return json as T;
  }
}

/** A subject as a URL path segment. */
export function subjectPath(subject: string): string {
  return `/subjects/${encodeURIComponent(subject)}`;
}
