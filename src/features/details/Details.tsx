import { useState } from 'react';
import { formatAmount } from '@/domain/amount';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { Fact, Place } from '@/domain/dataset-schema';
import { formatAsOf, formatFactTime } from '@/domain/fact-time';
import { factKindLabel, type MessageKey, type Translate } from '@/domain/messages';
import type { Lang } from '@/domain/lang';
import { selectFactsAtPlace } from '@/domain/selectors';
import { clearSelection, selectFact, selectPlace } from '@/state/view-actions';
import { useTranslate } from '@/state/use-translate';
import { useView, useViewStoreApi } from '@/state/view-store';
import { Localized } from '@/ui/Localized';
import { SourceDialog, type SourcePassage } from './SourceDialog';

/** An http(s) URL to link to; anything else (javascript:, data:, junk) is shown, never linked. */
function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The selected fact with its evidence, or the facts at the selected place. */
export function Details({ index }: { index: DatasetIndex }) {
  const { lang, t } = useTranslate();
  const factId = useView((s) => s.selectedFactId);
  const placeId = useView((s) => s.selectedPlaceId);

  if (factId !== null) {
    const fact = index.facts.get(factId);
    return fact ? (
      <FactDetails index={index} fact={fact} lang={lang} t={t} />
    ) : (
      <Missing id={factId} t={t} />
    );
  }
  if (placeId !== null) {
    const place = index.places.get(placeId);
    return place ? (
      <PlaceDetails index={index} place={place} lang={lang} t={t} />
    ) : (
      <Missing id={placeId} t={t} />
    );
  }
  return <p className="details__empty">{t('detailsEmpty')}</p>;
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
  index: DatasetIndex;
  lang: Lang;
  t: Translate;
}

function PlaceDetails({ index, place, lang, t }: ViewProps & { place: Place }) {
  const store = useViewStoreApi();
  const facts = selectFactsAtPlace(index, place.id);
  return (
    <article className="details__place" aria-labelledby="details-title">
      <h3 id="details-title" lang="de">
        {place.name}
      </h3>
      <p className="details__kind">
        {t(`placeKind_${place.kind}` as MessageKey)}
        {place.note ? <span lang="de"> · {place.note}</span> : null}
      </p>
      <h4>{t('factsAtPlace', { place: place.name })}</h4>
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
    </article>
  );
}

function FactDetails({ index, fact, lang, t }: ViewProps & { fact: Fact }) {
  const store = useViewStoreApi();
  const [passage, setPassage] = useState<SourcePassage | null>(null);
  const places = fact.places.flatMap((id) => index.places.get(id) ?? []);
  const entities = fact.entities.flatMap((id) => index.entities.get(id) ?? []);
  const asOf = formatAsOf(fact.time, lang);
  return (
    <article className="details__fact" aria-labelledby="details-title">
      <h3 id="details-title">
        <Localized text={fact.title} lang={lang} />
      </h3>
      {fact.summary ? (
        <p className="details__summary">
          <Localized text={fact.summary} lang={lang} />
        </p>
      ) : null}
      <dl className="details__facts">
        <dt>{t('time')}</dt>
        <dd>
          <span className="details__time">{formatFactTime(fact.time, lang)}</span>
          {asOf ? <span className="details__asof"> ({asOf})</span> : null}
          {fact.time.approximate ? <span className="badge">{t('approximate')}</span> : null}
          {fact.time.inferred ? (
            <>
              {' '}
              <span className="badge">{t('inferred')}</span>
              <span className="details__reason" lang="de">
                {fact.time.inferred}
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
                {places.map((place) => (
                  <li key={place.id}>
                    <button
                      type="button"
                      className="link-button"
                      lang="de"
                      onClick={() => selectPlace(store, place.id)}
                    >
                      {place.name}
                    </button>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {entities.length > 0 ? (
          <>
            <dt>{t('entities')}</dt>
            <dd>
              <ul className="details__inline-list" lang="de">
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
      <h4>{t('evidence')}</h4>
      {fact.evidence.map((evidence, i) => {
        const source = index.sources.get(evidence.source);
        const { start, end } = evidence;
        const canOpen = source?.text !== undefined && start !== undefined && end !== undefined;
        return (
          <figure key={i} className="evidence">
            <blockquote lang="de">{evidence.quote}</blockquote>
            <figcaption>
              <cite lang="de">
                {source && safeHttpUrl(source.url) ? (
                  <a href={safeHttpUrl(source.url)!} rel="noopener noreferrer" target="_blank">
                    {source.title}
                  </a>
                ) : (
                  (source?.title ?? evidence.source)
                )}
              </cite>
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
      })}
      {passage ? <SourceDialog passage={passage} onClose={() => setPassage(null)} /> : null}
    </article>
  );
}
