// A team's keys and members (docs/replication.md, "Keys"). The keyring holds
//   - every generation of the team data key (32 random bytes each, with a random key id): a new
//     generation is made when a member is removed, and documents are written with the newest;
//     older ones stay so that what was written before can still be read;
//   - the id key (32 bytes), which names documents (teamDoc.ts) and never changes;
//   - the members: each one's age recipient (age1…, the hand-over identity of their vault), the
//     name and role they were added under, who added them and when, and whether they are admins.
// On the server it is one document, `_id: "keyring"`, whose `c` is an age file (X25519) to every
// current member's recipient: a removed member cannot open the revisions written after their
// removal, so they never learn the generations made after it. Pure.
import { z } from 'zod';
import { BackupError, bytesStream, collect, decryptStream, encryptStream, isRecipient } from '../backup';
import { fromBase64, toBase64 } from '../backup/json';

export const KEYRING_FORMAT = 'ainet-team-keyring/1';
export const KEYRING_DOC_ID = 'keyring';

const b64Key = z
  .string()
  .refine((s) => fromBase64(s)?.byteLength === 32, 'a 32-byte key')
  .transform((s) => fromBase64(s) as Uint8Array<ArrayBuffer>);

const memberSchema = z.strictObject({
  recipient: z.string().refine(isRecipient, 'an age recipient'),
  name: z.string().min(1).max(100),
  role: z.string().max(60),
  admin: z.boolean(),
  addedAt: z.string().max(40),
  addedBy: z.string().max(100),
});
export type TeamMember = z.infer<typeof memberSchema>;

const keyringSchema = z.strictObject({
  f: z.literal(KEYRING_FORMAT),
  teamId: z.string().regex(/^[0-9a-f]{32}$/),
  name: z.string().min(1).max(100),
  idKey: b64Key,
  generations: z
    .array(z.strictObject({ gen: z.number().int().min(1), keyId: z.string().regex(/^[0-9a-f]{16}$/), key: b64Key, at: z.string().max(40) }))
    .min(1),
  members: z.array(memberSchema).min(1),
  /** Members removed, kept so the keyring can say who removed whom and when (the audit log says it too). */
  removed: z.array(
    z.strictObject({ recipient: z.string(), name: z.string().max(100), removedAt: z.string().max(40), removedBy: z.string().max(100) }),
  ),
  updatedAt: z.string().max(40),
  updatedBy: z.string().max(100),
});
export type TeamKeyring = z.infer<typeof keyringSchema>;

export class KeyringError extends Error {
  constructor(readonly reason: 'notMember' | 'damaged' | 'notAdmin' | 'lastAdmin' | 'alreadyMember' | 'badRecipient' | 'unknownMember') {
    super(`team keyring: ${reason}`);
    this.name = 'KeyringError';
  }
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

function newGeneration(gen: number, at: string): TeamKeyring['generations'][number] {
  return { gen, keyId: hex(random(8)), key: random(32), at };
}

/** A new team with its first member, an admin (the one who makes it). */
export function createKeyring(opts: { name: string; founder: Omit<TeamMember, 'admin' | 'addedAt' | 'addedBy'>; at: string }): TeamKeyring {
  if (!isRecipient(opts.founder.recipient)) throw new KeyringError('badRecipient');
  return {
    f: KEYRING_FORMAT,
    teamId: hex(random(16)),
    name: opts.name,
    idKey: random(32),
    generations: [newGeneration(1, opts.at)],
    members: [
      { ...opts.founder, recipient: opts.founder.recipient.trim(), admin: true, addedAt: opts.at, addedBy: opts.founder.recipient.trim() },
    ],
    removed: [],
    updatedAt: opts.at,
    updatedBy: opts.founder.recipient.trim(),
  };
}

/** The newest generation: the one new documents are sealed with. */
export function currentGeneration(k: TeamKeyring): TeamKeyring['generations'][number] {
  return k.generations.reduce((a, b) => (b.gen > a.gen ? b : a));
}

function requireAdmin(k: TeamKeyring, actor: string): void {
  if (!k.members.some((m) => m.recipient === actor && m.admin)) throw new KeyringError('notAdmin');
}

/** Adds a member: they can read everything the team holds, so no new generation is made. */
export function addMember(k: TeamKeyring, actor: string, member: Omit<TeamMember, 'addedAt' | 'addedBy'>, at: string): TeamKeyring {
  requireAdmin(k, actor);
  const recipient = member.recipient.trim();
  if (!isRecipient(recipient)) throw new KeyringError('badRecipient');
  if (k.members.some((m) => m.recipient === recipient)) throw new KeyringError('alreadyMember');
  return { ...k, members: [...k.members, { ...member, recipient, addedAt: at, addedBy: actor }], updatedAt: at, updatedBy: actor };
}

/**
 * Removes a member and makes a new key generation, so that nothing written afterwards can be read
 * with what they kept. The last admin cannot be removed.
 */
export function removeMember(k: TeamKeyring, actor: string, recipient: string, at: string): TeamKeyring {
  requireAdmin(k, actor);
  const gone = k.members.find((m) => m.recipient === recipient);
  if (!gone) throw new KeyringError('unknownMember');
  const members = k.members.filter((m) => m.recipient !== recipient);
  if (!members.some((m) => m.admin)) throw new KeyringError('lastAdmin');
  const gen = currentGeneration(k).gen + 1;
  return {
    ...k,
    members,
    generations: [...k.generations, newGeneration(gen, at)],
    removed: [...k.removed, { recipient, name: gone.name, removedAt: at, removedBy: actor }],
    updatedAt: at,
    updatedBy: actor,
  };
}

function encode(k: TeamKeyring): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({ ...k, idKey: toBase64(k.idKey), generations: k.generations.map((g) => ({ ...g, key: toBase64(g.key) })) }),
  );
}

/** The keyring as an age file to every current member (base64, the `c` of the keyring document). */
export async function sealKeyring(k: TeamKeyring): Promise<string> {
  const recipients = k.members.map((m) => m.recipient);
  return toBase64(await collect(await encryptStream(bytesStream(encode(k)), { recipients })));
}

/** Opens the keyring with a member's identity (AGE-SECRET-KEY-1…). */
export async function openKeyring(c: string, identity: string): Promise<TeamKeyring> {
  const file = fromBase64(c);
  if (!file) throw new KeyringError('damaged');
  let plain: Uint8Array;
  try {
    const { plain: stream } = await decryptStream(bytesStream(file), file.byteLength, { identities: [identity] });
    plain = await collect(stream);
  } catch (e) {
    if (e instanceof BackupError && e.problem === 'wrongKey') throw new KeyringError('notMember');
    throw new KeyringError('damaged');
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    throw new KeyringError('damaged');
  }
  const parsed = keyringSchema.safeParse(value);
  if (!parsed.success) throw new KeyringError('damaged');
  return parsed.data;
}
