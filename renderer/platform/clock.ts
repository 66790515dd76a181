/** The current instant. One place, so event handlers don't call Date.now during render code. */
export function now(): number {
  return Date.now();
}
