// The console's client of the REST API: JSON in and out, problem details (RFC 9457) turned into
// errors that name their fields, an Idempotency-Key per filing kept until the filing is answered,
// and If-Match from the ETag of what was read. The session cookie signs every call in, or, with the
// production login, the bearer token that api.authorization gives.

const BASE = '/api/v1/';

/** A refusal or failure of the API, with the problem detail's fields. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    /** [{field, message}] of a 400, or [] */
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
    this.retryAfter = problem?.retryAfter;
  }

  /** Whether sending the same request again may succeed: the network, the server, or a limit. */
  get retryable() {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/** A new key for one filing: made when its form opens, kept until the API has answered. */
export function newIdempotencyKey() {
  return crypto.randomUUID();
}

async function send(method, path, { body, headers = {}, signal } = {}) {
  // X-Requested-With: the server then answers 401 without a Basic challenge, which would open the
  // browser's own password dialog instead of the console's sign-in (ConsoleChallenge).
  const init = { method, credentials: 'same-origin', signal, headers: {
    Accept: 'application/json, application/problem+json', 'Accept-Language': api.language,
    'X-Requested-With': 'XMLHttpRequest', ...headers } };
  const authorization = await api.authorization?.();
  if (authorization) init.headers.Authorization = authorization;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob)) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  } else if (body !== undefined) {
    init.body = body;
  }
  let response;
  try {
    response = await fetch(BASE + path, init);
  } catch (offline) {
    if (offline.name === 'AbortError') throw offline;
    throw new ApiError(0, { title: 'network', detail: offline.message });
  }
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok && response.status !== 304) {
    const problem = payload || { title: response.statusText };
    const retryAfter = Number(response.headers.get('Retry-After'));
    if (retryAfter > 0) problem.retryAfter = retryAfter;
    throw new ApiError(response.status, problem);
  }
  return { status: response.status, body: payload, etag: response.headers.get('ETag'),
    location: response.headers.get('Location') };
}

export const api = {
  /** The desk's language, in which the API names coded values (subjects, regions, bodies). */
  language: 'ru',
  /** Gives the Authorization header of the next call (the production login), or null: the cookie signs in. */
  authorization: null,
  get: (path, options) => send('GET', path, options),
  post: (path, body, options = {}) => send('POST', path, { ...options, body }),
  put: (path, body, options = {}) => send('PUT', path, { ...options, body }),
  delete: (path, options) => send('DELETE', path, options),

  /**
   * Listens to a stream of server-sent events with the desk's credentials (EventSource cannot send
   * them): {@code onEvent(name, data)} for each, reconnecting after a break until {@code signal}
   * aborts; a 401 ends it with an ApiError.
   */
  async listen(path, onEvent, signal) {
    while (!signal?.aborted) {
      try {
        const headers = { Accept: 'text/event-stream', 'X-Requested-With': 'XMLHttpRequest' };
        const authorization = await api.authorization?.();
        if (authorization) headers.Authorization = authorization;
        const response = await fetch(BASE + path, { credentials: 'same-origin', headers, signal });
        if (response.status === 401) throw new ApiError(401, null);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value.replace(/\r\n?/g, '\n');
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: ?(.*)$/m.exec(block)?.[1];
            if (name) onEvent(name, /^data: ?(.*)$/m.exec(block)?.[1] ?? '');
          }
        }
      } catch (failure) {
        if (signal?.aborted) return;
        if (failure instanceof ApiError) throw failure;
      }
      await new Promise((resolve) => setTimeout(resolve, 2000)); // the server restarting: try again shortly
    }
  },

  /**
   * A file as it is stored (an appeal's attachment), or a report in another type than JSON
   * ({@code accept}: text/csv), read with the desk's credentials.
   */
  async blob(path, { accept } = {}) {
    const headers = { 'Accept-Language': api.language, 'X-Requested-With': 'XMLHttpRequest' };
    if (accept) headers.Accept = accept;
    const authorization = await api.authorization?.();
    if (authorization) headers.Authorization = authorization;
    let response;
    try {
      response = await fetch(BASE + path, { credentials: 'same-origin', headers });
    } catch (offline) {
      throw new ApiError(0, { title: 'network', detail: offline.message });
    }
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
    return response.blob();
  },

  /**
   * Files once: the same key on every attempt, so the API registers the filing once however often
   * it is sent. Retries while the failure may pass (network, 5xx, 429), waiting longer each time;
   * {@code onRetry(error, attempt)} lets the desk show that it is still trying.
   */
  async file(path, body, key, { onRetry, signal } = {}) {
    return retried(() => send('POST', path, { body, headers: { 'Idempotency-Key': key }, signal }), { onRetry, signal });
  },

  /**
   * Files a multipart request the same way, reporting the upload's progress ({@code onProgress(sent,
   * total)}), which fetch cannot; {@code makeBody()} gives a fresh FormData for each attempt.
   */
  async fileWithProgress(path, makeBody, key, { onRetry, onProgress } = {}) {
    return retried(async () => {
      const authorization = await api.authorization?.();
      return new Promise((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open('POST', BASE + path);
        request.setRequestHeader('Accept', 'application/json, application/problem+json');
        request.setRequestHeader('Accept-Language', api.language);
        request.setRequestHeader('Idempotency-Key', key);
        request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
        if (authorization) request.setRequestHeader('Authorization', authorization);
        request.upload.onprogress = (event) => onProgress?.(event.loaded, event.total);
        request.onerror = () => reject(new ApiError(0, { title: 'network', detail: 'network error' }));
        request.onload = () => {
          let payload = null;
          try {
            payload = JSON.parse(request.responseText);
          } catch {
            // not JSON: an error page of a proxy
          }
          if (request.status >= 200 && request.status < 300) {
            resolve({ status: request.status, body: payload, location: request.getResponseHeader('Location') });
          } else {
            const problem = payload || { title: request.statusText };
            const retryAfter = Number(request.getResponseHeader('Retry-After'));
            if (retryAfter > 0) problem.retryAfter = retryAfter;
            reject(new ApiError(request.status, problem));
          }
        };
        request.send(makeBody());
      });
    }, { onRetry });
  },
};

/** Sends until answered, while the failure may pass (network, 5xx, 429), waiting longer each time. */
async function retried(attemptOnce, { onRetry, signal } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce();
    } catch (error) {
      if (!(error instanceof ApiError) || !error.retryable) throw error;
      onRetry?.(error, attempt);
      const wait = (error.retryAfter || Math.min(30, 2 ** Math.min(attempt, 5))) * 1000;
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, wait);
        signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
        // Back online: try at once rather than at the end of the wait.
        window.addEventListener('online', () => { clearTimeout(timer); resolve(); }, { once: true });
      });
    }
  }
}
