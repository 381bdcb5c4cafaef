import { useEffect, useState } from 'react';

type Settled<M> =
  { readonly ok: true; readonly value: M } | { readonly ok: false; readonly error: Error };

/**
 * A code-split view module. The HTML preloads its files (vite.config.ts), so the download runs
 * in parallel with the entry chunk; `load` then only evaluates it, when the view first needs it.
 *
 * Why not `React.lazy` + `Suspense`: React 19 throttles the reveal of a suspended boundary by
 * up to 300 ms, so a view whose chunk arrived long ago still appeared 300 ms after the data
 * (measured: the map was created 300 ms after the facts list). A view rendered through
 * `useChunk` never suspends: it renders nothing until the module is there, then at once.
 * Why not import at the top of App: evaluating maplibre-gl and vis-timeline (about 150 ms each
 * here) before the first render pushed the first paint and the dataset request back by 300 ms.
 */
export interface Chunk<M> {
  /** Starts evaluating the module (once) and resolves with it. */
  load(): Promise<M>;
  /** Set when the import has settled, so a render after that needs no effect to see it. */
  readonly result: Settled<M> | null;
}

export function defineChunk<M>(importer: () => Promise<M>): Chunk<M> {
  let promise: Promise<M> | null = null;
  const chunk: { load(): Promise<M>; result: Settled<M> | null } = {
    result: null,
    load() {
      promise ??= importer().then(
        (value) => {
          chunk.result = { ok: true, value };
          return value;
        },
        (error: unknown) => {
          const failure = error instanceof Error ? error : new Error(String(error));
          chunk.result = { ok: false, error: failure };
          throw failure;
        },
      );
      return promise;
    },
  };
  return chunk;
}

/**
 * The chunk's module once it has loaded, `null` until then; the first render that asks starts
 * the load, after it has painted. A chunk that failed to load throws during render, so the
 * view's error boundary shows the failure in the view's own region.
 */
export function useChunk<M>(chunk: Chunk<M>): M | null {
  const [, rerender] = useState(0);
  const result = chunk.result;
  useEffect(() => {
    if (result !== null) return;
    let live = true;
    const settle = () => void (live && rerender((n) => n + 1));
    chunk.load().then(settle, settle);
    return () => {
      live = false;
    };
  }, [chunk, result]);
  if (result === null) return null;
  if (!result.ok) throw result.error;
  return result.value;
}
