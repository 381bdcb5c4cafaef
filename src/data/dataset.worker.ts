import { exposeDatasetWorker } from './worker-api';

/**
 * The dataset worker: one per load (the page terminates it to cancel), then the holder of that
 * dataset's search. Index arrays and search results are transferred, not copied.
 */
exposeDatasetWorker(self as unknown as Parameters<typeof exposeDatasetWorker>[0]);
