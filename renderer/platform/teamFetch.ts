// The fetch the team replication uses (PouchDB's `fetch` option). The desktop page may connect
// nowhere (its CSP has no remote origin): each request goes to main as a TeamRequest and comes back
// as a Response built from main's answer. The browser build, used for development and tests, calls
// the page's own fetch, so it reaches a team server only where the page's CSP is relaxed for it
// (the e2e team specs do so; docs/replication.md).
import { TEAM_HEADERS, TEAM_METHODS, type DesktopApi, type TeamHeader, type TeamMethod, type TeamRequest } from '../../shared/ipc';
import { AppError } from '../../shared/errors/codes';
import { callBridge } from './bridgeResult';

export type TeamFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const isMethod = (m: string): m is TeamMethod => (TEAM_METHODS as readonly string[]).includes(m);
const isHeader = (h: string): h is TeamHeader => (TEAM_HEADERS as readonly string[]).includes(h);

async function bodyBytes(body: BodyInit | null | undefined): Promise<Uint8Array | undefined> {
  if (body == null) return undefined;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  throw new AppError('ValidationFailed', { reason: 'team-body' });
}

/** The request as main takes it: only CouchDB's methods and the three headers a replication sends. */
export async function toTeamRequest(input: RequestInfo | URL, init: RequestInit = {}): Promise<TeamRequest> {
  const url = input instanceof Request ? input.url : String(input);
  const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (!isMethod(method)) throw new AppError('ValidationFailed', { reason: 'team-method' });
  const headers: TeamRequest['headers'] = {};
  new Headers(init.headers).forEach((value, name) => {
    const key = name.toLowerCase();
    if (isHeader(key)) headers[key] = value;
  });
  const body = await bodyBytes(init.body);
  return body ? { url, method, headers, body } : { url, method, headers };
}

export function desktopTeamFetch(api: Pick<DesktopApi, 'teamRequest'>): TeamFetch {
  return async (input, init) => {
    const request = await toTeamRequest(input, init);
    const answer = await callBridge(() => api.teamRequest(request));
    const copy = new Uint8Array(answer.body.byteLength);
    copy.set(answer.body);
    const noBody = answer.status === 204 || answer.status === 304 || request.method === 'HEAD';
    return new Response(noBody ? null : copy, {
      status: answer.status,
      headers: answer.contentType ? { 'content-type': answer.contentType } : {},
    });
  };
}
