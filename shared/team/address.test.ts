import { describe, expect, it } from 'vitest';
import { isInsideTeamDatabase, parseTeamAddress } from './address';

describe('parseTeamAddress', () => {
  it('reads a database URL over TLS, normalised', () => {
    expect(parseTeamAddress('  https://ainet.example.lg.jp/team-namamugi/ ')).toEqual({
      ok: true,
      address: { url: 'https://ainet.example.lg.jp/team-namamugi', origin: 'https://ainet.example.lg.jp', database: 'team-namamugi' },
    });
    expect(parseTeamAddress('https://host:6984/couch/team_1')).toMatchObject({
      ok: true,
      address: { url: 'https://host:6984/couch/team_1', database: 'team_1' },
    });
  });

  it('allows plain http only on this machine', () => {
    expect(parseTeamAddress('http://127.0.0.1:5984/team')).toMatchObject({ ok: true });
    expect(parseTeamAddress('http://localhost:5984/team')).toMatchObject({ ok: true });
    expect(parseTeamAddress('http://192.168.1.20:5984/team')).toEqual({ ok: false, problem: 'insecure' });
    expect(parseTeamAddress('http://ainet.example.lg.jp/team')).toEqual({ ok: false, problem: 'insecure' });
  });

  it('refuses what is not a team database address', () => {
    expect(parseTeamAddress('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseTeamAddress('ainet.example.lg.jp/team')).toEqual({ ok: false, problem: 'notUrl' });
    expect(parseTeamAddress('ftp://host/team')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseTeamAddress('https://user:pw@host/team')).toEqual({ ok: false, problem: 'credentials' });
    expect(parseTeamAddress('https://host/team?x=1')).toEqual({ ok: false, problem: 'extra' });
    expect(parseTeamAddress('https://host/team#a')).toEqual({ ok: false, problem: 'extra' });
    expect(parseTeamAddress('https://host/')).toEqual({ ok: false, problem: 'noDatabase' });
    expect(parseTeamAddress('https://host/Team')).toEqual({ ok: false, problem: 'badDatabase' });
    expect(parseTeamAddress('https://host/_users')).toEqual({ ok: false, problem: 'badDatabase' });
    expect(parseTeamAddress('https://host/%E0%A4%A')).toEqual({ ok: false, problem: 'badDatabase' });
  });
});

describe('isInsideTeamDatabase', () => {
  const address = { url: 'https://host/couch/team' };
  it('lets through the database and what is below it', () => {
    expect(isInsideTeamDatabase(address, 'https://host/couch/team')).toBe(true);
    expect(isInsideTeamDatabase(address, 'https://host/couch/team/')).toBe(true);
    expect(isInsideTeamDatabase(address, 'https://host/couch/team/_changes?since=0')).toBe(true);
    expect(isInsideTeamDatabase(address, 'https://host/couch/team/keyring')).toBe(true);
  });
  it('refuses another database, another origin, or credentials in the URL', () => {
    expect(isInsideTeamDatabase(address, 'https://host/couch/team2')).toBe(false);
    expect(isInsideTeamDatabase(address, 'https://host/couch/_users')).toBe(false);
    expect(isInsideTeamDatabase(address, 'https://host/couch/team/../_users')).toBe(false);
    expect(isInsideTeamDatabase(address, 'https://other/couch/team')).toBe(false);
    expect(isInsideTeamDatabase(address, 'http://host/couch/team')).toBe(false);
    expect(isInsideTeamDatabase(address, 'https://u:p@host/couch/team')).toBe(false);
    expect(isInsideTeamDatabase(address, 'not a url')).toBe(false);
  });
});
