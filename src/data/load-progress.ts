import type { LoadProgress } from './load-protocol';

/** A dataset being opened, as the progress indicator shows it. */
export interface RunningLoad {
  /** The file's name or the address. */
  readonly name: string;
  readonly progress: LoadProgress;
  /** Stops the load; the dataset in use stays. */
  cancel(): void;
}

let current: RunningLoad | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

/**
 * Registers a load; the newest one is shown. The returned handle reports progress and ends it.
 * `controller` is what cancel aborts.
 */
export function trackLoad(
  name: string,
  controller: AbortController,
): { report(progress: LoadProgress): void; end(): void } {
  let entry: RunningLoad = {
    name,
    progress: { phase: 'loading', loaded: 0, total: null },
    cancel: () => controller.abort(),
  };
  current = entry;
  emit();
  return {
    report(progress) {
      if (current !== entry) return;
      entry = { ...entry, progress };
      current = entry;
      emit();
    },
    end() {
      if (current !== entry) return;
      current = null;
      emit();
    },
  };
}

/** Calls `listener` whenever the running load changes; returns the unsubscribe. */
export function subscribeToLoads(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The load in progress, `null` when none. */
export function runningLoad(): RunningLoad | null {
  return current;
}
