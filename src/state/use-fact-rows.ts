import { useEffect, useMemo, useState } from 'react';
import type { Fact } from '@/domain/dataset/dataset-schema';
import type { FactSource } from '@/domain/dataset/fact-source';

/**
 * The rows of the facts a component renders, by id. What the source holds is answered in this
 * render; the others are read (`source.read`) and the component renders again when they
 * arrive. Ids the source does not know are left out. With the in-memory source every row is
 * here: nothing is read, nothing renders twice.
 */
export function useFactRows(
  source: FactSource | null,
  ids: readonly string[],
): ReadonlyMap<string, Fact> {
  // Bumped when a read ends: the rows are asked of the source again.
  const [reads, setReads] = useState(0);
  const rows = useMemo(() => {
    void reads;
    const found = new Map<string, Fact>();
    if (!source) return found;
    for (const id of ids) {
      const fact = source.fact(id);
      if (fact) found.set(id, fact);
    }
    return found;
  }, [source, ids, reads]);
  const missing = useMemo(
    () => (source ? ids.filter((id) => !rows.has(id) && source.has(id)) : []),
    [ids, rows, source],
  );
  useEffect(() => {
    if (!source || missing.length === 0) return;
    let live = true;
    source.read(missing).then(
      () => {
        if (live) setReads((n) => n + 1);
      },
      // A failed read leaves the rows pending; the next render asks again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [source, missing]);
  return rows;
}
