// Generates a synthetic dataset in format v1 for scale tests and the benchmark: a realistic
// mix of ranges (about 40 %) and day/month/year points over 1990–2024, spread over `places`
// places in and around Thuringia, each fact with a quote from one generated source text.
// Deterministic for a seed. CLI: node scripts/generate-dataset.mjs <facts> <places> <out.json>
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small seeded generator, so every run makes the same dataset. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const CATEGORIES = ['career', 'programme', 'visits', 'memberships', 'statements'];

/**
 * @param {{ facts: number, places: number, seed?: number, isolatedPlace?: boolean, year?: number }} options
 * `isolatedPlace` puts the first place far from all others (north of the Harz), so a test can
 * find it on the map by itself. `year` dates every fact in that one year, in one category (the
 * hostile case of a year's budget lines: thousands of facts on one date).
 */
export function generateDataset({
  facts,
  places,
  seed = 1,
  isolatedPlace = false,
  year: sameYear,
}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentences = [];
  const factList = [];
  const placeList = Array.from({ length: places }, (_, i) => {
    const isolated = isolatedPlace && i === 0;
    return {
      id: `ort-${i}`,
      name: isolated ? 'Einzelort' : `Ort ${i}`,
      kind: 'town',
      coordinates: isolated
        ? [11.6, 52.2]
        : [Number((10 + rand() * 2.6).toFixed(4)), Number((50.25 + rand() * 1.3).toFixed(4))],
    };
  });
  let text = '';
  for (let i = 0; i < facts; i++) {
    const sentence = `Eintrag ${i}: Ereignis in ${placeList[i % places].name}.`;
    const start = text.length;
    text += `${sentence} `;
    sentences.push({ start, end: start + sentence.length, sentence });
    const year = 1990 + Math.floor(rand() * 34);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const shape = rand();
    const time = sameYear
      ? { type: 'point', date: String(sameYear) }
      : shape < 0.4
        ? {
            type: 'range',
            start: String(year),
            end: String(Math.min(2024, year + 1 + Math.floor(rand() * 8))),
          }
        : shape < 0.7
          ? { type: 'point', date: `${year}-${pad(month)}-${pad(day)}` }
          : shape < 0.9
            ? { type: 'point', date: `${year}-${pad(month)}` }
            : { type: 'point', date: String(year) };
    factList.push({
      id: `fakt-${i}`,
      kind: time.type === 'range' ? 'role' : 'event',
      category: sameYear ? CATEGORIES[0] : pick(CATEGORIES),
      title: {
        de: `Fakt ${i} in ${placeList[i % places].name}`,
        en: `Fact ${i} in ${placeList[i % places].name}`,
      },
      summary: { de: `Zusammenfassung ${i}.` },
      time,
      places: [placeList[i % places].id],
      entities: ['person'],
      evidence: [{ source: 'quelle', quote: sentence, start, end: start + sentence.length }],
    });
  }
  return {
    format: 'kartenchronik-dataset',
    version: 1,
    title: {
      de: `Generiert: ${facts} Fakten, ${places} Orte`,
      en: `Generated: ${facts} facts, ${places} places`,
    },
    categories: CATEGORIES.map((id) => ({ id, label: { de: id, en: id } })),
    sources: [
      {
        id: 'quelle',
        title: 'Generierte Quelle',
        kind: 'Test',
        date: '2024',
        text: text.trimEnd(),
      },
    ],
    places: placeList,
    entities: [{ id: 'person', name: 'Testperson', kind: 'person' }],
    facts: factList,
  };
}

/**
 * The bundled facts repeated until there are `facts` of them, with new ids and dates shifted by
 * whole years: a dataset where thousands of facts share a few places (a city council's, an
 * archive's). Tours are left out (their steps name the original facts only).
 */
export function repeatDataset(dataset, facts) {
  const shift = (date, years) =>
    `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
  const shiftTime = (time, years) => {
    const out = { ...time };
    for (const key of ['date', 'start', 'end', 'asOf']) {
      // 29 February exists only in leap years: moved to the 28th.
      if (key in out) out[key] = shift(out[key], years).replace(/-02-29$/, '-02-28');
    }
    return out;
  };
  const factList = [];
  for (let i = 0; factList.length < facts; i++) {
    const original = dataset.facts[i % dataset.facts.length];
    const round = Math.floor(i / dataset.facts.length);
    factList.push(
      round === 0
        ? original
        : {
            ...original,
            id: `${original.id}-${round}`,
            time: shiftTime(original.time, round % 30),
          },
    );
  }
  const { tours: _tours, ...rest } = dataset;
  return {
    ...rest,
    title: {
      de: `${dataset.title.de} (${facts} Fakten)`,
      en: `${dataset.title.en ?? dataset.title.de} (${facts} facts)`,
    },
    facts: factList,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [facts = '1000', places = '300', out = 'generated.json'] = process.argv.slice(2);
  const dataset = generateDataset({ facts: Number(facts), places: Number(places) });
  writeFileSync(out, JSON.stringify(dataset));
  console.log(`${out}: ${dataset.facts.length} facts, ${dataset.places.length} places`);
}
