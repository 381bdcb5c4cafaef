import { useState } from 'react';
import type { Media } from '@/domain/dataset/dataset-schema';
import { mediaKindOf } from '@/domain/dataset/media';
import type { MessageKey } from '@/domain/text/messages';
import { useTranslate } from '@/state/use-translate';

/**
 * A fact's media. An image from the app's own origin or a `data:` image shows at once; one
 * from another origin waits for the reader ("Bild von example.org laden"), because the app
 * requests nothing from another origin by itself. Videos, sounds and pages are links with
 * their domain. Other schemes (javascript:, file:) are never loaded or linked.
 */

type Where = { kind: 'inline'; src: string } | { kind: 'remote'; src: string; host: string } | null;

export function whereIs(url: string, base: string = window.location.href): Where {
  if (/^data:image\/(?:png|jpe?g|gif|webp|avif);/i.test(url)) return { kind: 'inline', src: url };
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.origin === new URL(base).origin) return { kind: 'inline', src: parsed.href };
  return { kind: 'remote', src: parsed.href, host: parsed.host };
}

export function MediaList({ media }: { media: readonly Media[] }) {
  const { t } = useTranslate();
  return (
    <>
      <h4>{t('media')}</h4>
      <ul className="media-list">
        {media.map((item, i) => (
          <li key={i}>
            <MediaItem media={item} />
          </li>
        ))}
      </ul>
    </>
  );
}

function MediaItem({ media }: { media: Media }) {
  const { t } = useTranslate();
  const [asked, setAsked] = useState(false);
  const where = whereIs(media.url);
  const kind = media.kind ?? mediaKindOf(media.url);
  const caption = [media.caption, media.credit].filter(Boolean).join(' · ');
  const figcaption = caption ? <figcaption lang="de">{caption}</figcaption> : null;
  if (!where) return figcaption ? <figure className="media">{figcaption}</figure> : null;
  if (kind !== 'image') {
    const host = new URL(where.src).host;
    return (
      <figure className="media">
        <a href={where.src} rel="noopener noreferrer" target="_blank">
          {t(`mediaLink_${kind}` as MessageKey, { host })}
        </a>
        {figcaption}
      </figure>
    );
  }
  const showImage = where.kind === 'inline' || asked;
  return (
    <figure className="media">
      {showImage ? (
        <img
          src={where.src}
          alt={media.alt ?? media.caption ?? ''}
          loading="lazy"
          referrerPolicy="no-referrer"
        />
      ) : (
        <button type="button" className="button" onClick={() => setAsked(true)}>
          {t('mediaLoadImage', { host: where.kind === 'remote' ? where.host : '' })}
        </button>
      )}
      {figcaption}
    </figure>
  );
}
