// Builds public/data/dataset.json from data/dataset.src.json and the source texts in
// data/sources/: embeds each source's full text and computes every quote's offsets, so
// authors write quotes, never character positions. Run: npm run dataset
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Returns the built dataset; throws when a quote is missing from, or ambiguous in, its source. */
export function buildDataset(src, readSource) {
  const texts = new Map(src.sources.map((s) => [s.id, readSource(s.textFile)]));
  const sources = src.sources.map(({ textFile: _file, ...source }) => ({
    ...source,
    text: texts.get(source.id),
  }));
  const facts = src.facts.map((fact) => ({
    ...fact,
    evidence: fact.evidence.map((evidence) => {
      const text = texts.get(evidence.source);
      if (text === undefined) throw new Error(`${fact.id}: unknown source ${evidence.source}`);
      const start = text.indexOf(evidence.quote, evidence.after ?? 0);
      if (start < 0)
        throw new Error(`${fact.id}: quote not in ${evidence.source}: ${evidence.quote}`);
      if (evidence.after === undefined && text.indexOf(evidence.quote, start + 1) >= 0) {
        throw new Error(`${fact.id}: quote occurs twice; give "after": ${evidence.quote}`);
      }
      const { after: _after, ...rest } = evidence;
      return { ...rest, start, end: start + evidence.quote.length };
    }),
  }));
  return { ...src, sources, facts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = JSON.parse(readFileSync(`${root}data/dataset.src.json`, 'utf8'));
  const built = buildDataset(src, (file) => readFileSync(`${root}data/sources/${file}`, 'utf8'));
  writeFileSync(`${root}public/data/dataset.json`, `${JSON.stringify(built, null, 1)}\n`);
  console.log(
    `public/data/dataset.json: ${built.facts.length} facts, ${built.sources.length} sources`,
  );
}
