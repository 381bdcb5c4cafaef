import type { Category, Dataset } from '../dataset/dataset-schema';
import type { LocalizedText } from '../text/lang';

/**
 * A new, empty dataset: one category to put facts in, nothing else. Apart from the edits
 * (edit-dataset.ts) so that the app's shell, which starts one, loads none of the editor.
 */
const GENERAL: Category = { id: 'allgemein', label: { de: 'Allgemein', en: 'General' } };

export function newDataset(title: LocalizedText): Dataset {
  return {
    format: 'kartenchronik-dataset',
    version: 1,
    lang: 'de',
    title,
    categories: [GENERAL],
    sources: [],
    places: [],
    entities: [],
    facts: [],
  };
}
