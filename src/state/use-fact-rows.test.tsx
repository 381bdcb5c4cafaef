// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import type { Fact } from '@/domain/dataset/dataset-schema';
import type { FactSource } from '@/domain/dataset/fact-source';
import { createIndexSource } from '@/domain/dataset/index-source';
import { datasetFixture } from '@/domain/testing/dataset-fixture';
import { useFactRows } from './use-fact-rows';

/** A source that holds no row until it is read, as one that queries a file: reads are logged. */
function readingSource(): { source: FactSource; reads: string[][] } {
  const whole = createIndexSource(createDatasetIndex(datasetFixture()));
  const here = new Map<string, Fact>();
  const reads: string[][] = [];
  const source: FactSource = {
    ...whole,
    fact: (id) => here.get(id),
    read: async (ids) => {
      reads.push([...ids]);
      await Promise.resolve();
      for (const id of ids) here.set(id, whole.fact(id)!);
    },
  };
  return { source, reads };
}

// React's act() outside a test library: the renders and effects it runs are flushed.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders the hook in a component and records each render's answer. */
async function renderRows(source: FactSource, ids: readonly string[]) {
  const renders: ReadonlyMap<string, Fact>[] = [];
  function Probe() {
    renders.push(useFactRows(source, ids));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe />));
  return { renders, settle: () => act(() => new Promise((r) => setTimeout(r, 0))) };
}

describe('useFactRows', () => {
  it('answers in the first render from a source that holds the rows', async () => {
    const source = createIndexSource(createDatasetIndex(datasetFixture()));
    const { renders, settle } = await renderRows(source, ['ministerin', 'nirgends']);
    await settle();
    expect(renders.map((rows) => [...rows.keys()])).toEqual([['ministerin']]);
  });

  it('reads the missing rows once and renders again with them', async () => {
    const { source, reads } = readingSource();
    const ids = ['ministerin', 'nirgends', 'ohne-ort'];
    const { renders, settle } = await renderRows(source, ids);
    await settle();
    expect(renders.map((rows) => [...rows.keys()])).toEqual([[], ['ministerin', 'ohne-ort']]);
    // Unknown ids are never asked for; rows once read are not read again.
    expect(reads).toEqual([['ministerin', 'ohne-ort']]);
  });
});
