/** The user asked for less motion: camera moves, timeline focus and scrolling jump instead. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
