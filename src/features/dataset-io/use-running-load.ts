import { useSyncExternalStore } from 'react';
import { runningLoad, subscribeToLoads, type RunningLoad } from '@/data/load-progress';

/** The dataset load in progress (data/load-progress.ts), `null` when none; re-renders as it moves. */
export function useRunningLoad(): RunningLoad | null {
  return useSyncExternalStore(subscribeToLoads, runningLoad);
}
