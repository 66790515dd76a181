// A member's receiving key read from a picture of their printed key sheet (a photo or a scan): the
// sheet's QR code holds the key as text (shared/print/handoverKeySheet.ts). The decoder is the one
// our print tests read our PDFs back with (`qr`, by the author of @noble/hashes). Pure.
import { decodeQR, type Image } from 'qr/decode.js';
import { isRecipient } from '../backup';

export type KeyFromImage = { ok: true; recipient: string } | { ok: false; problem: 'noCode' | 'notKey' };

export function recipientFromImage(image: Image): KeyFromImage {
  let text: string;
  try {
    text = decodeQR(image);
  } catch {
    return { ok: false, problem: 'noCode' };
  }
  const key = text.replace(/\s+/g, '').toLowerCase();
  return isRecipient(key) ? { ok: true, recipient: key } : { ok: false, problem: 'notKey' };
}
