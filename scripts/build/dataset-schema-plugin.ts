import type { Plugin } from 'vite';
import { datasetJsonSchema } from '../../src/domain/dataset/dataset-schema';

const SCHEMA_PATH = 'data/dataset.schema.json';

/**
 * Serves the dataset's JSON Schema, generated from the zod schema in src/domain, so the
 * published schema can never drift from the validator the app runs.
 */
export function datasetSchemaPlugin(): Plugin {
  const json = () => `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
  return {
    name: 'kartenchronik-dataset-schema',
    configureServer(server) {
      server.middlewares.use(`/${SCHEMA_PATH}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/schema+json');
        res.end(json());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SCHEMA_PATH, source: json() });
    },
  };
}
