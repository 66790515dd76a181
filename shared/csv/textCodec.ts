// TextDecoder and TextEncoder exist in Node and in every browser, but shared/ compiles against
// ES2022 alone (no DOM, no Node types), so the two are typed here, as little as is used.

export interface Decoder {
  decode(input?: Uint8Array): string;
}
interface DecoderConstructor {
  new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): Decoder;
}
interface Encoder {
  encode(input: string): Uint8Array;
}

const g = globalThis as unknown as { TextDecoder: DecoderConstructor; TextEncoder: new () => Encoder };

/** A decoder that throws (a TypeError) on the first byte sequence the encoding does not define. */
export function strictDecoder(label: 'utf-8' | 'shift_jis'): Decoder {
  return new g.TextDecoder(label, { fatal: true });
}

export function utf8Bytes(text: string): Uint8Array {
  return new g.TextEncoder().encode(text);
}
