// The desktop's team fetch end to end without Electron's IPC (here, where lint lets renderer/platform
// and main meet in one test, as scripts/backup.test.ts does): the renderer side (a fetch call as
// PouchDB makes it → a TeamRequest; main's answer → a Response), the contract's check of the request
// as main would apply it, and main's route (main/team-route.ts) sending it to a real HTTP server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamRequestSchema } from '../shared/ipc/contract';
import type { DesktopApi } from '../shared/ipc';
import { performTeamRequest } from '../main/team-route';
import { desktopTeamFetch, toTeamRequest } from '../renderer/platform/teamFetch';

let server: Server;
let base = '';
const got: { method?: string; auth?: string; cookie?: string; type?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      got.push({
        method: req.method,
        auth: req.headers.authorization,
        cookie: req.headers.cookie,
        type: req.headers['content-type'],
        body,
      });
      if (req.url?.endsWith('/missing')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"error":"not_found","reason":"missing"}');
        return;
      }
      res.writeHead(201, { 'content-type': 'application/json', 'x-other': 'dropped' });
      res.end(JSON.stringify({ ok: true, id: 'doc', echo: body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The bridge as main answers it: the contract's schema first, then the route. */
const bridge: Pick<DesktopApi, 'teamRequest'> = {
  async teamRequest(request) {
    const parsed = teamRequestSchema.safeParse(request);
    if (!parsed.success) return { ok: false, code: 'ValidationFailed' };
    try {
      return { ok: true, value: await performTeamRequest(parsed.data, (u, i) => fetch(u, i)) };
    } catch {
      return { ok: false, code: 'TeamServerUnreachable' };
    }
  },
};

describe('toTeamRequest', () => {
  it('keeps the method, the three headers a replication sends, and the body as bytes; drops the rest', async () => {
    const r = await toTeamRequest(`${base}/_bulk_docs`, {
      method: 'post',
      headers: new Headers({
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: 'Basic eDp5',
        Cookie: 'a=b',
        'X-Custom': '1',
      }),
      body: '{"docs":[]}',
    });
    expect(r).toEqual({
      url: `${base}/_bulk_docs`,
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: 'Basic eDp5' },
      body: new TextEncoder().encode('{"docs":[]}'),
    });
    expect(teamRequestSchema.safeParse(r).success).toBe(true);
  });
  it('refuses a method CouchDB replication does not use', async () => {
    await expect(toTeamRequest(base, { method: 'PATCH' })).rejects.toMatchObject({ code: 'ValidationFailed' });
  });
});

describe('desktopTeamFetch through the route to a real server', () => {
  const teamFetch = desktopTeamFetch(bridge);
  it('answers a Response with the status, the content type and the body; sends the credentials and no cookie', async () => {
    const res = await teamFetch(`${base}/doc`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: 'Basic dTpw' },
      body: '{"c":"x"}',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-other')).toBeNull();
    expect(await res.json()).toEqual({ ok: true, id: 'doc', echo: '{"c":"x"}' });
    expect(got.at(-1)).toMatchObject({ method: 'PUT', auth: 'Basic dTpw', type: 'application/json', body: '{"c":"x"}' });
    expect(got.at(-1)?.cookie).toBeUndefined();
  });
  it('passes an HTTP error through as its status (PouchDB reads it)', async () => {
    const res = await teamFetch(`${base}/missing`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });
  it('turns an address main refuses, and a server that is gone, into coded errors', async () => {
    await expect(teamFetch('http://192.0.2.1:5984/team')).rejects.toMatchObject({ code: 'ValidationFailed' });
    await expect(teamFetch('http://127.0.0.1:9/team')).rejects.toMatchObject({ code: 'TeamServerUnreachable' });
  });
});
