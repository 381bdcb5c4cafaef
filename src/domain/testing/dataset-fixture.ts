import type { Dataset } from '../dataset/dataset-schema';

const TEXT = 'Am 19. März besuchte sie Artern. Seit 2014 ist sie Ministerin.';

/** A small valid dataset, new on every call so that tests share nothing. */
export function datasetFixture(): Dataset {
  return {
    format: 'kartenchronik-dataset',
    version: 1,
    title: { de: 'Test' },
    categories: [
      { id: 'visits', label: { de: 'Besuche', en: 'Visits' } },
      { id: 'career', label: { de: 'Laufbahn', en: 'Career' } },
    ],
    sources: [{ id: 'pm', title: 'PM', kind: 'Pressemitteilung', date: '2018-03', text: TEXT }],
    places: [
      { id: 'thueringen', name: 'Thüringen', kind: 'state' },
      {
        id: 'artern',
        name: 'Artern',
        kind: 'town',
        coordinates: [11.292, 51.366],
        parent: 'thueringen',
      },
      { id: 'fz-artern', name: 'Freizeitzentrum Artern', kind: 'institution', parent: 'artern' },
      {
        id: 'erfurt',
        name: 'Erfurt',
        kind: 'town',
        coordinates: [11.029, 50.978],
        parent: 'thueringen',
      },
    ],
    entities: [{ id: 'werner', name: 'Heike Werner', kind: 'person' }],
    facts: [
      {
        id: 'besuch-artern',
        kind: 'event',
        category: 'visits',
        title: { de: 'Besuch in Artern', en: 'Visit to Artern' },
        summary: { de: 'Besuch.' },
        time: { type: 'point', date: '2018-03-19' },
        places: ['fz-artern'],
        entities: ['werner'],
        amount: { value: 477970, currency: 'EUR' },
        evidence: [{ source: 'pm', quote: 'Am 19. März besuchte sie Artern.', start: 0, end: 32 }],
      },
      {
        id: 'ministerin',
        kind: 'role',
        category: 'career',
        title: { de: 'Ministerin' },
        summary: { de: 'Ministerin.' },
        time: { type: 'ongoing', start: '2014', asOf: '2023' },
        places: ['erfurt'],
        entities: ['werner'],
        evidence: [{ source: 'pm', quote: 'Seit 2014 ist sie Ministerin.', start: 33, end: 62 }],
      },
      {
        id: 'ohne-ort',
        kind: 'statement',
        category: 'career',
        title: { de: 'Aussage' },
        summary: { de: 'Aussage.' },
        time: { type: 'range', start: '1989', end: '1999' },
        places: [],
        entities: [],
        evidence: [{ source: 'pm', quote: 'Seit 2014', start: 33, end: 42 }],
      },
    ],
  };
}
