// The one Content-Security-Policy of the app: no remote origin at all. Sent by main as a
// header on app:// and written into the built index.html as a meta tag.
// 'wasm-unsafe-eval' lets the key-derivation worker compile hash-wasm's Argon2id module (bundled
// in our own script, so still 'self' code); it allows no JavaScript eval, only WebAssembly.
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  // Printing in the browser build shows the PDF from a Blob URL in a hidden frame (Chromium's PDF
  // viewer); nothing else is ever framed. The desktop prints through main and never frames one
  // (main/security.ts keeps every frame on app://bundle).
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
