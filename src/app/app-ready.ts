import { useCallback, useEffect, useRef } from 'react';

/**
 * Calls `performance.mark('app-ready')` and sets `data-ready="true"` on <html> once every
 * view in `views` has reported that it has drawn. Tests and the benchmark wait for this.
 */
export function useAppReady(views: readonly string[]): (view: string) => void {
  const pending = useRef(new Set(views));
  const done = useRef(false);
  const report = useCallback((view: string) => {
    // Per-view marks let the benchmark see which view holds start-up back.
    if (pending.current.has(view)) performance.mark(`${view}-ready`);
    pending.current.delete(view);
    if (pending.current.size === 0 && !done.current) {
      done.current = true;
      performance.mark('app-ready');
      document.documentElement.dataset.ready = 'true';
    }
  }, []);
  useEffect(() => () => void delete document.documentElement.dataset.ready, []);
  return report;
}
