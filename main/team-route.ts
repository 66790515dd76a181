// The team route: main makes the team replication's requests for the page, whose CSP lets it
// connect nowhere. The contract has already checked the request (an https URL, or plain http to
// this machine's loopback; no credentials in the URL; CouchDB's methods; three headers). Here the
// request is made without following redirects (a redirect could lead the credentials elsewhere),
// without cookies or cache (its own in-memory session in main/index.ts), with a time limit, and
// the answer is read up to a size limit. No Electron import, so it is tested under plain Node
// against a real HTTP server.
import { AppError } from '../shared/errors/codes';
import { MAX_TEAM_BODY_BYTES, type TeamRequest, type TeamResponse } from '../shared/ipc/channels';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** A replication's longest single request (a batch of documents on a slow line). */
export const TEAM_REQUEST_TIMEOUT_MS = 120_000;

async function readCapped(res: Response): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_TEAM_BODY_BYTES) throw new AppError('TeamServerRefused', { reason: 'too-large' });
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_TEAM_BODY_BYTES) {
      await reader.cancel();
      throw new AppError('TeamServerRefused', { reason: 'too-large' });
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The contract's check again, on the parsed URL: https, or http to the loopback; no credentials. */
export function isTeamUrl(text: string): boolean {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return false;
  }
  if (u.username !== '' || u.password !== '' || u.hash !== '') return false;
  return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
}

export async function performTeamRequest(
  request: TeamRequest,
  fetchImpl: FetchLike,
  timeoutMs = TEAM_REQUEST_TIMEOUT_MS,
): Promise<TeamResponse> {
  if (!isTeamUrl(request.url)) throw new AppError('ValidationFailed', { reason: 'team-url' });
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers)) if (typeof v === 'string') headers[k] = v;
  const res = await fetchImpl(request.url, {
    method: request.method,
    headers,
    ...(request.body && request.method !== 'GET' && request.method !== 'HEAD' ? { body: request.body as Uint8Array<ArrayBuffer> } : {}),
    redirect: 'error',
    credentials: 'omit',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = request.method === 'HEAD' ? new Uint8Array(0) : await readCapped(res);
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body };
}
