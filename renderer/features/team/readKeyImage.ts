// A picture of a member's key sheet (a photo from a phone, a scan) → its receiving key. The picture
// is drawn once, at most 1,600 px on its longer side (a phone photo is 4,000 px or more; the QR
// decoder needs a few pixels per module, not millions), and read by shared/team/keyQr.ts.
import { recipientFromImage, type KeyFromImage } from '../../../shared/team/keyQr';

const MAX_SIDE = 1600;

export async function recipientFromPicture(bytes: Uint8Array): Promise<KeyFromImage | { ok: false; problem: 'notImage' }> {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([copy]));
  } catch {
    return { ok: false, problem: 'notImage' };
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return { ok: false, problem: 'notImage' };
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const { data } = ctx.getImageData(0, 0, width, height);
  return recipientFromImage({ width, height, data });
}
