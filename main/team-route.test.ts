// The team route against a real HTTP server on 127.0.0.1 (node:http), and the contract's checks
// on what the page may ask main to send.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamRequestSchema } from '../shared/ipc/contract';
import { isTeamUrl, performTeamRequest } from './team-route';

let server: Server;
let base = '';
const seen: { method?: string; url?: string; auth?: string; cookie?: string; body: string }[] = [];

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString('utf8')));
    req.on('end', () => resolve(s));
  });

beforeAll(async () => {
  server = createServer((req, res) => {
    void readBody(req).then((body) => {
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, cookie: req.headers.cookie, body });
      if (req.url === '/team/redirect') {
        res.writeHead(302, { location: `${base}/elsewhere` });
        res.end();
      } else if (req.url === '/team/huge') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(100 * 1024 * 1024) });
        res.end('{}');
      } else if (req.url === '/team/slow') {
        // never answers
      } else {
        res.writeHead(req.url === '/team/missing' ? 404 : 200, { 'content-type': 'application/json', 'set-cookie': 'AuthSession=x' });
        res.end(JSON.stringify({ ok: true, method: req.method, got: body }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const send = (path: string, init: Partial<Parameters<typeof performTeamRequest>[0]> = {}, timeout?: number) =>
  performTeamRequest({ url: `${base}${path}`, method: 'GET', headers: {}, ...init }, (u, i) => fetch(u, i), timeout);

describe('performTeamRequest', () => {
  it('sends the method, the allowed headers and the body, and answers status, content type and bytes', async () => {
    const res = await send('/team/doc', {
      method: 'PUT',
      headers: { authorization: 'Basic dTpw', 'content-type': 'application/json' },
      body: new TextEncoder().encode('{"c":"x"}'),
    });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/json');
    expect(JSON.parse(new TextDecoder().decode(res.body))).toEqual({ ok: true, method: 'PUT', got: '{"c":"x"}' });
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', url: '/team/doc', auth: 'Basic dTpw' });
  });

  it('answers an HTTP error as its status (the replication reads it), and keeps no cookie', async () => {
    expect((await send('/team/missing')).status).toBe(404);
    await send('/team/doc');
    expect(seen.at(-1)?.cookie).toBeUndefined();
  });

  it('never follows a redirect (credentials could be led elsewhere)', async () => {
    await expect(send('/team/redirect')).rejects.toThrow();
    expect(seen.some((s) => s.url === '/elsewhere')).toBe(false);
  });

  it('refuses an answer larger than the limit', async () => {
    await expect(send('/team/huge')).rejects.toMatchObject({ code: 'TeamServerRefused' });
  });

  it('gives up on a server that does not answer', async () => {
    await expect(send('/team/slow', {}, 300)).rejects.toThrow();
  });

  it('refuses a URL that is not https or loopback http, or that carries credentials', async () => {
    await expect(
      performTeamRequest({ url: 'http://192.168.0.2/team', method: 'GET', headers: {} }, (u, i) => fetch(u, i)),
    ).rejects.toMatchObject({
      code: 'ValidationFailed',
    });
    expect(isTeamUrl('https://u:p@host/team')).toBe(false);
    expect(isTeamUrl('https://host/team')).toBe(true);
    expect(isTeamUrl('http://localhost:5984/team')).toBe(true);
  });
});

describe('teamRequestSchema (what the page may ask main to send)', () => {
  const ok = { url: 'https://ainet.example.lg.jp/team/_changes?since=0', method: 'GET', headers: { accept: 'application/json' } };
  it('takes a replication request', () => {
    expect(teamRequestSchema.safeParse(ok).success).toBe(true);
    expect(teamRequestSchema.safeParse({ ...ok, url: 'http://127.0.0.1:5984/team', method: 'POST', body: new Uint8Array(3) }).success).toBe(
      true,
    );
  });
  it('refuses other places, methods, headers and bodies', () => {
    for (const bad of [
      { ...ok, url: 'http://ainet.example.lg.jp/team' },
      { ...ok, url: 'http://10.0.0.1:5984/team' },
      { ...ok, url: 'https://user:pw@ainet.example.lg.jp/team' },
      { ...ok, url: 'file:///etc/passwd' },
      { ...ok, url: 'https://host/team#x' },
      { ...ok, method: 'PATCH' },
      { ...ok, headers: { cookie: 'a=b' } },
      { ...ok, headers: { host: 'other' } },
      { ...ok, body: 'text' },
      { ...ok, extra: 1 },
    ])
      expect(teamRequestSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
