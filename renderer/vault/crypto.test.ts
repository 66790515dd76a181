import { describe, expect, it } from 'vitest';
import { decryptBytes, encryptBytes } from './crypto';

const key = () => globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

describe('a sealed value', () => {
  it('holds its nonce and ciphertext in one buffer, which structured clone (IndexedDB) keeps as one', async () => {
    const k = await key();
    const plain = new TextEncoder().encode('架空 花子 𠮷');
    const blob = await encryptBytes(k, 'persons|p1|v5', plain);
    expect(blob.iv.byteLength).toBe(12);
    expect(blob.ct.byteLength).toBe(plain.byteLength + 16);
    expect(blob.iv.buffer).toBe(blob.ct.buffer);
    expect(blob.iv.buffer.byteLength).toBe(12 + blob.ct.byteLength);
    const cloned = structuredClone(blob);
    expect(cloned.iv.buffer).toBe(cloned.ct.buffer);
    expect(new TextDecoder().decode(await decryptBytes(k, 'persons|p1|v5', cloned))).toBe('架空 花子 𠮷');
    await expect(decryptBytes(k, 'persons|p2|v5', cloned)).rejects.toMatchObject({ code: 'RecordCorrupt' });
  });

  it('each seal draws a fresh nonce', async () => {
    const k = await key();
    const a = await encryptBytes(k, 'x', new Uint8Array(4));
    const b = await encryptBytes(k, 'x', new Uint8Array(4));
    expect([...a.iv]).not.toEqual([...b.iv]);
  });
});
