// What the membership refuses before it talks to any server: the demo vault (its key is published)
// in a team, the demo key as a member's, an address that is not a team database's. And a vault in
// no team has no membership and starts no link.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newIdentity } from '../../shared/backup';
import { DEMO_HANDOVER_RECIPIENT } from '../../shared/backup/handover';
import { createKeyring } from '../../shared/team/keyring';
import { openTestVault } from '../testing/testVault';
import { addTeamMember, createTeam, joinTeam, openMembership, readMembership } from './membership';

const creds = { server: 'https://ainet.example.invalid/team-test', username: 'u', password: 'p' };

describe('membership', () => {
  it('the demo vault can neither make nor join a team', async () => {
    const demo = await openTestVault('care-plaza', 'demo');
    await expect(joinTeam(demo, creds, 1)).rejects.toMatchObject({ code: 'TeamDemoKey' });
    await expect(createTeam(demo, { ...creds, teamName: '架空チーム' }, { name: '架空', role: 'care-plaza' }, 1)).rejects.toMatchObject({
      code: 'TeamDemoKey',
    });
    expect(await readMembership(demo)).toBeNull();
  });

  it('the demo key is never added as a member', async () => {
    const session = await openTestVault();
    const me = await newIdentity();
    const keyring = createKeyring({
      name: '架空チーム',
      founder: { recipient: me.recipient, name: '架空', role: 'ward-office' },
      at: '2026-12-01T00:00:00Z',
    });
    const team = {
      membership: { ...creds, teamId: keyring.teamId, teamName: keyring.name, keyringRev: '1-a', keyring: '', joinedAt: 0 },
      identity: { ...me, createdAt: 0 },
      keyring,
    };
    await expect(
      addTeamMember(session, team, { recipient: ` ${DEMO_HANDOVER_RECIPIENT} `, name: 'デモ', role: 'other', admin: false }, 1),
    ).rejects.toMatchObject({
      code: 'TeamDemoKey',
    });
  });

  it('an address that is not a team database is refused before anything is sent', async () => {
    const session = await openTestVault();
    for (const server of ['http://192.0.2.1:5984/team', 'https://host/', 'https://u:p@host/team'])
      await expect(joinTeam(session, { ...creds, server }, 1)).rejects.toMatchObject({ code: 'TeamAddressInvalid' });
    expect(await openMembership(session)).toBeNull();
  });
});
