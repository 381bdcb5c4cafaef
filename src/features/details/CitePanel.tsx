import { useEffect, useState } from 'react';
import type { FactSource } from '@/domain/dataset/fact-source';
import type { Fact, Source } from '@/domain/dataset/dataset-schema';
import { shareableUrl } from '@/state/share-link';
import { useTranslate } from '@/state/use-translate';
import { useViewStoreApi } from '@/state/view-store';
import { Disclosure } from '@/ui/Disclosure';
import { download } from '@/ui/download';

/**
 * "Zitieren": the fact's citation in the UI's language, one per cited source (with its
 * quotes, the link to this view and today's date), to copy, and the cited sources as CSL-JSON
 * and BibTeX for reference managers.
 */
type Citations = typeof import('@/domain/output/citation');

/** The citation writers, loaded the first time a panel opens: nothing of them in the first load. */
function useCitations(wanted: boolean): Citations | null {
  const [module, setModule] = useState<Citations | null>(null);
  useEffect(() => {
    if (wanted && !module) void import('@/domain/output/citation').then(setModule);
  }, [wanted, module]);
  return module;
}

export function CitePanel({ source: data, fact }: { source: FactSource; fact: Fact }) {
  const store = useViewStoreApi();
  const { lang, t } = useTranslate();
  const [copied, setCopied] = useState(false);
  const [opened, setOpened] = useState(false);
  const citations = useCitations(opened);
  const sources = [...new Set(fact.evidence.map((e) => e.source))].flatMap(
    (id) => data.sources.get(id) ?? [],
  );
  return (
    <div className="cite">
      <Disclosure label={t('cite')} className="cite__panel" onOpen={() => setOpened(true)}>
        {({ open }) => {
          if (!open) return null;
          if (!citations) return <p>{t('viewLoading')}</p>;
          const { formatCitation, sourceToBibtex, sourceToCsl } = citations;
          // Read when opened: the link names the view as it is now, the date is today.
          const link = shareableUrl(store.getState(), data);
          const accessed = new Date();
          const cited = sources.map((source: Source) => ({
            source,
            text: formatCitation(
              source,
              fact.evidence.filter((e) => e.source === source.id),
              link,
              accessed,
              lang,
              t,
            ),
          }));
          const copy = async () => {
            try {
              await navigator.clipboard.writeText(cited.map((c) => c.text).join('\n\n'));
              setCopied(true);
            } catch {
              setCopied(false);
            }
          };
          return (
            <>
              <h4 className="cite__title">{t('citeTitle')}</h4>
              {cited.map(({ source, text }) => (
                <p key={source.id} className="cite__text" lang={lang}>
                  {text}
                </p>
              ))}
              <div className="cite__actions">
                <button type="button" className="button" onClick={() => void copy()}>
                  {t('citeCopy')}
                </button>
                <span className="cite__hint">{t('citeHint')}</span>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    download(
                      `${fact.id}.csl.json`,
                      'application/vnd.citationstyles.csl+json',
                      `${JSON.stringify(
                        sources.map((s) => sourceToCsl(s, accessed, link)),
                        null,
                        1,
                      )}\n`,
                    )
                  }
                >
                  {t('citeCsl')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    download(
                      `${fact.id}.bib`,
                      'application/x-bibtex',
                      sources.map((s) => sourceToBibtex(s, accessed, link)).join('\n'),
                    )
                  }
                >
                  {t('citeBibtex')}
                </button>
              </div>
              <p className="cite__status" role="status">
                {copied ? t('citeCopied') : ''}
              </p>
            </>
          );
        }}
      </Disclosure>
    </div>
  );
}
