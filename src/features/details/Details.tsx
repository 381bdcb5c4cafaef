import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { formatAmount } from '@/domain/text/amount';
import type { FactSource } from '@/domain/dataset/fact-source';
import type { Fact, Place } from '@/domain/dataset/dataset-schema';
import { formatAsOf, formatFactTime, intlLocale } from '@/domain/time/fact-time';
import { dayOf, formatPartialDate, parsePartialDate } from '@/domain/time/partial-date';
import {
  factKindLabel,
  formatNumber,
  type MessageKey,
  type Translate,
} from '@/domain/text/messages';
import { localizeWithLang, type Lang } from '@/domain/text/lang';
import { clearSelection, selectFact, selectPlace } from '@/state/view-actions';
import { useFactRows } from '@/state/use-fact-rows';
import { useTranslate } from '@/state/use-translate';
import { useView, useViewStoreApi } from '@/state/view-store';
import { Localized } from '@/ui/Localized';
import { useDataLang } from '@/ui/data-lang';
import { safeHttpUrl } from '@/ui/safe-url';
import { shareableUrl } from '@/state/share-link';
import { CitePanel } from './CitePanel';
import { MediaList } from './MediaList';
import { SourceDialog, type SourcePassage } from './SourceDialog';

/**
 * The selected fact with its evidence, the facts at the selected place, or, with nothing
 * selected, an overview of the dataset; `overviewActions` (the tours' start buttons) join it.
 */
export function Details({
  source,
  overviewActions,
  quoteFirst = false,
}: {
  source: FactSource;
  overviewActions?: ReactNode;
  /** The fact's first quote right below its title (the phone's sheet shows little at first). */
  quoteFirst?: boolean;
}) {
  const { lang, t } = useTranslate();
  const factId = useView((s) => s.selectedFactId);
  const placeId = useView((s) => s.selectedPlaceId);
  const rows = useFactRows(source, factId === null ? NO_FACTS : [factId]);

  if (factId !== null) {
    const fact = rows.get(factId);
    if (fact) {
      return <FactDetails source={source} fact={fact} lang={lang} t={t} quoteFirst={quoteFirst} />;
    }
    // Known but not read yet: the panel waits for its row (a source that queries a file).
    return source.has(factId) ? (
      <p aria-busy="true">{t('viewLoading')}</p>
    ) : (
      <Missing id={factId} t={t} />
    );
  }
  if (placeId !== null) {
    const place = source.places.get(placeId);
    return place ? (
      <PlaceDetails key={place.id} source={source} place={place} lang={lang} t={t} />
    ) : (
      <Missing id={placeId} t={t} />
    );
  }
  return <Overview source={source} lang={lang} t={t} actions={overviewActions} />;
}

/** What the dataset is: its title and description, sources, counts and tours. */
function Overview({ source, lang, t, actions }: ViewProps & { actions?: ReactNode }) {
  const dataset = source.meta;
  const dataLang = useDataLang();
  const extent = source.extent;
  const locale = intlLocale(lang);
  // As readers write years: "44 v. Chr.–2018", not the astronomical "-43".
  const year = (at: number) =>
    formatPartialDate({ year: dayOf(at).year, precision: 'year' }, locale);
  const years = (start: number, end: number) => {
    const first = year(start);
    const last = year(end - 1);
    return first === last ? first : `${first}–${last}`;
  };
  return (
    <article className="details__overview" aria-labelledby="details-title">
      <h3 id="details-title">
        <Localized text={dataset.title} lang={lang} />
      </h3>
      {dataset.description ? (
        <p className="details__summary">
          <Localized text={dataset.description} lang={lang} />
        </p>
      ) : null}
      <dl className="details__facts details__counts">
        <dt>{t('overviewFacts')}</dt>
        <dd>{formatNumber(source.counts.facts, lang)}</dd>
        <dt>{t('overviewPlaces')}</dt>
        <dd>{formatNumber(dataset.places.length, lang)}</dd>
        {extent ? (
          <>
            <dt>{t('overviewPeriod')}</dt>
            <dd>{years(extent.start, extent.end)}</dd>
          </>
        ) : null}
      </dl>
      {actions ? <div className="details__actions">{actions}</div> : null}
      {dataset.sources.length > 0 ? (
        <>
          <h4>{t('overviewSources')}</h4>
          <ul className="details__sources">
            {dataset.sources.map((source) => (
              <li key={source.id}>
                <cite lang={dataLang}>{source.title}</cite>
                <span className="details__source-meta">
                  {' '}
                  <Localized text={source.kind} lang={lang} />
                  {source.date ? (
                    <>
                      {', '}
                      {formatPartialDate(parsePartialDate(source.date)!, locale)}
                      {source.dateInferred ? (
                        <details className="details__inferred">
                          <summary className="badge">{t('inferred')}</summary>
                          <p>
                            <Localized text={source.dateInferred} lang={lang} />
                          </p>
                        </details>
                      ) : null}
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="details__empty">{t('overviewHint')}</p>
    </article>
  );
}

/** A link from an older dataset can name an id that no longer exists: say so, don't crash. */
function Missing({ id, t }: { id: string; t: Translate }) {
  const store = useViewStoreApi();
  return (
    <div className="details__missing" role="status">
      <p>{t('selectionMissing', { id })}</p>
      <button type="button" className="button" onClick={() => clearSelection(store)}>
        {t('clearSelection')}
      </button>
    </div>
  );
}

interface ViewProps {
  source: FactSource;
  lang: Lang;
  t: Translate;
}

/** Facts of a place listed at first, and added per "Weitere … zeigen". */
const PLACE_FACTS_PAGE = 50;
const NO_FACTS: readonly string[] = [];

function PlaceDetails({ source, place, lang, t }: ViewProps & { place: Place }) {
  const store = useViewStoreApi();
  const ids = source.idsAtPlace(place.id);
  // A place with thousands of facts lists them a page at a time (the total is in the heading);
  // a new place starts again at the first page (the component is keyed by the place).
  const [shown, setShown] = useState(PLACE_FACTS_PAGE);
  const listed = useMemo(() => ids.slice(0, shown), [ids, shown]);
  const rows = useFactRows(source, listed);
  const facts = listed.flatMap((id) => rows.get(id) ?? []);
  const more = Math.min(PLACE_FACTS_PAGE, ids.length - listed.length);
  const dataLang = useDataLang();
  return (
    <article className="details__place" aria-labelledby="details-title">
      <h3 id="details-title" lang={dataLang}>
        {place.name}
      </h3>
      <p className="details__kind">{t(`placeKind_${place.kind}` as MessageKey)}</p>
      {place.note ? (
        // Notes are the dataset author's knowledge, not a quote: said so beside them.
        <p className="details__background">
          <span className="badge">{t('background')}</span>{' '}
          <Localized text={place.note} lang={lang} />
        </p>
      ) : null}
      <h4>{t('factsAtPlaceCount', { count: ids.length, place: place.name })}</h4>
      {facts.length === 0 ? (
        <p>{t('noFactsAtPlace')}</p>
      ) : (
        <ul className="details__fact-links">
          {facts.map((fact) => (
            <li key={fact.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => selectFact(store, fact.id)}
              >
                <Localized text={fact.title} lang={lang} />
              </button>{' '}
              <span className="details__time">{formatFactTime(fact.time, lang)}</span>
            </li>
          ))}
        </ul>
      )}
      {more > 0 ? (
        <p className="details__more">
          <span>{t('placeFactsShown', { shown: facts.length, count: ids.length })}</span>{' '}
          <button
            type="button"
            className="button"
            onClick={() => setShown((n) => n + PLACE_FACTS_PAGE)}
          >
            {t('placeFactsMore', { count: more })}
          </button>
        </p>
      ) : null}
    </article>
  );
}

/** Imported markup is rendered by its own chunk (DOMPurify); the plain text shows meanwhile. */
const RichText = lazy(() => import('./RichText'));

function Summary({ fact, lang }: { fact: Fact; lang: Lang }) {
  const dataLang = useDataLang();
  const plain = fact.summary ? (
    <p className="details__summary">
      <Localized text={fact.summary} lang={lang} />
    </p>
  ) : null;
  const html = fact.summaryHtml;
  if (!html) return plain;
  const own = localizeWithLang(html, lang, dataLang);
  return (
    <Suspense fallback={plain}>
      <RichText html={own.text} lang={own.lang} className="details__summary details__rich" />
    </Suspense>
  );
}

function FactDetails({
  source: data,
  fact,
  lang,
  t,
  quoteFirst,
}: ViewProps & { fact: Fact; quoteFirst: boolean }) {
  const store = useViewStoreApi();
  const [passage, setPassage] = useState<SourcePassage | null>(null);
  const places = fact.places.flatMap((id) => data.places.get(id) ?? []);
  const entities = fact.entities.flatMap((id) => data.entities.get(id) ?? []);
  const asOf = formatAsOf(fact.time, lang);
  const dataLang = useDataLang();
  const onlyAsOfInferred = fact.time?.inferredPart === 'asOf' && asOf !== null;
  const renderEvidence = (evidence: Fact['evidence'][number], i: number) => {
    const source = data.sources.get(evidence.source);
    const { start, end } = evidence;
    const canOpen = source?.text !== undefined && start !== undefined && end !== undefined;
    const at = safeHttpUrl(evidence.url);
    return (
      <figure key={i} className="evidence">
        {evidence.quote === undefined ? (
          <p className="evidence__no-quote">{t('noVerbatimQuote')}</p>
        ) : (
          <blockquote lang={dataLang}>{evidence.quote}</blockquote>
        )}
        <figcaption>
          <cite lang={dataLang}>
            {source && safeHttpUrl(source.url) ? (
              <a href={safeHttpUrl(source.url)!} rel="noopener noreferrer" target="_blank">
                {source.title}
              </a>
            ) : (
              (source?.title ?? evidence.source)
            )}
          </cite>
          {at ? (
            <>
              {' · '}
              <a href={at} rel="noopener noreferrer" target="_blank">
                {t('evidenceAt')}
              </a>
            </>
          ) : null}
          {canOpen ? (
            <button
              type="button"
              className="link-button evidence__open"
              onClick={() => setPassage({ source, start, end })}
            >
              {t('readInSource')}
            </button>
          ) : null}
        </figcaption>
      </figure>
    );
  };
  return (
    <article className="details__fact" aria-labelledby="details-title">
      <h3 id="details-title">
        <Localized text={fact.title} lang={lang} />
      </h3>
      {quoteFirst && fact.evidence[0] ? renderEvidence(fact.evidence[0], 0) : null}
      <Summary fact={fact} lang={lang} />
      <dl className="details__facts">
        <dt>{t('time')}</dt>
        <dd>
          <span className="details__time">{formatFactTime(fact.time, lang)}</span>
          {asOf ? (
            <span className="details__asof">
              {' '}
              ({asOf}
              {onlyAsOfInferred ? `, ${t('inferred')}` : ''})
            </span>
          ) : null}
          {fact.time?.approximate ? <span className="badge">{t('approximate')}</span> : null}
          {fact.time?.inferred ? (
            <>
              {' '}
              {onlyAsOfInferred ? null : <span className="badge">{t('inferred')}</span>}
              <span className="details__reason">
                <Localized text={fact.time.inferred} lang={lang} />
              </span>
            </>
          ) : null}
        </dd>
        <dt>{t('kind')}</dt>
        <dd>{factKindLabel(fact.kind, t)}</dd>
        {places.length > 0 ? (
          <>
            <dt>{t('places')}</dt>
            <dd>
              <ul className="details__inline-list">
                {places.map((place) => {
                  const reason = fact.placesInferred?.[place.id];
                  return (
                    <li key={place.id}>
                      <button
                        type="button"
                        className="link-button"
                        lang={dataLang}
                        onClick={() => selectPlace(store, place.id)}
                      >
                        {place.name}
                      </button>
                      {reason ? (
                        <>
                          {' '}
                          <span className="badge">{t('inferred')}</span>{' '}
                          <span className="details__reason">
                            <Localized text={reason} lang={lang} />
                          </span>
                        </>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        ) : null}
        {entities.length > 0 ? (
          <>
            <dt>{t('entities')}</dt>
            <dd>
              <ul className="details__inline-list" lang={dataLang}>
                {entities.map((entity) => (
                  <li key={entity.id}>{entity.name}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {fact.amount ? (
          <>
            <dt>{t('amount')}</dt>
            <dd className="details__amount">{formatAmount(fact.amount, lang)}</dd>
          </>
        ) : null}
      </dl>
      {fact.media && fact.media.length > 0 ? <MediaList media={fact.media} /> : null}
      <CitePanel source={data} fact={fact} />
      <p className="details__link print-only">{shareableUrl(store.getState(), data)}</p>
      <h4>{t('evidence')}</h4>
      {fact.evidence.length === 0 ? (
        <p className="evidence evidence--none">{t('noEvidence')}</p>
      ) : null}
      {(quoteFirst ? fact.evidence.slice(1) : fact.evidence).map((evidence, i) =>
        renderEvidence(evidence, quoteFirst ? i + 1 : i),
      )}
      {passage ? <SourceDialog passage={passage} onClose={() => setPassage(null)} /> : null}
    </article>
  );
}
