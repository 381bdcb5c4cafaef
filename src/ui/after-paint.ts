/**
 * Runs `task` once the next frame has been painted; returns a function that cancels it.
 *
 * Why: a click should be answered in the very next frame (budget: 16 ms). The control that was
 * clicked, the list and the details show the selection in that frame; the map's camera and
 * the timeline's redraw (tens of ms each in software GL and vis-timeline's layout) follow in
 * the frames after it instead of holding the first one back. Cancelling keeps only the
 * latest of several quick selections.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // rAF callbacks run just before the frame is painted; a task queued from there runs after it.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
