import { describe, expect, it } from 'vitest';
import { formatCitation, sourceToBibtex, sourceToCsl } from './citation';
import { createTranslate } from '../text/messages';
import type { Source } from '../dataset/dataset-schema';

const accessed = new Date(Date.UTC(2026, 11, 1, 12));
const pressRelease: Source = {
  id: 'pm-landesprogramm-familie',
  title: 'Familienministerin Heike Werner besucht Modellkommunen des Landesprogramms Familie',
  kind: 'Pressemitteilung',
  date: '2018-03',
  dateInferred: 'Die Meldung nennt weder Jahr noch Erscheinungsdatum.',
};
const link = 'http://127.0.0.1:4173/fakt/lsz-foerderbescheid-artern/';

describe('sourceToCsl', () => {
  it('writes CSL-JSON with partial date-parts, circa for an inferred date, and the access date', () => {
    expect(sourceToCsl(pressRelease, accessed, link)).toEqual({
      id: 'pm-landesprogramm-familie',
      type: 'report',
      title: pressRelease.title,
      genre: 'Pressemitteilung',
      issued: { 'date-parts': [[2018, 3]], circa: true },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      note: `Datum erschlossen: Die Meldung nennt weder Jahr noch Erscheinungsdatum. Zitiert nach Kartenchronik: ${link}`,
    });
  });

  it('keeps a stated year as one date-part without circa, and names the publisher and address', () => {
    const item = sourceToCsl(
      {
        id: 's',
        title: 'T',
        kind: 'Bericht',
        date: '1999',
        publisher: 'Landtag',
        url: 'http://127.0.0.1:8080/t',
      },
      accessed,
    );
    expect(item).toMatchObject({
      type: 'webpage',
      issued: { 'date-parts': [[1999]] },
      publisher: 'Landtag',
      URL: 'http://127.0.0.1:8080/t',
    });
    expect(item.issued).not.toHaveProperty('circa');
    // What citeproc-js and Zotero read: a JSON array of items.
    expect(JSON.parse(JSON.stringify([item]))[0].id).toBe('s');
  });
});

describe('sourceToBibtex', () => {
  it('writes a @misc entry with month, urldate and the inferred date in the note', () => {
    expect(sourceToBibtex(pressRelease, accessed)).toBe(
      [
        '@misc{pmlandesprogrammfamilie,',
        `  title = {${pressRelease.title}},`,
        '  year = {ca. 2018},',
        '  month = mar,',
        '  urldate = {2026-12-01},',
        '  note = {Pressemitteilung. Datum erschlossen: Die Meldung nennt weder Jahr noch Erscheinungsdatum.}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes the characters BibTeX treats specially', () => {
    const entry = sourceToBibtex({ id: 'x', title: '50 % & {A}_#$~^\\', kind: 'K' }, accessed);
    expect(entry).toContain(
      'title = {50 \\% \\& \\{A\\}\\_\\#\\$\\textasciitilde{}\\textasciicircum{}\\textbackslash{}}',
    );
  });
});

describe('formatCitation', () => {
  const quote = [{ source: 'pm', quote: 'übergab sie den\nFördermittelbescheid' }];
  it('cites in German with erschlossen, the quote, the link and the access date', () => {
    expect(formatCitation(pressRelease, quote, link, accessed, 'de', createTranslate('de'))).toBe(
      `„${pressRelease.title}“, Pressemitteilung, März 2018 (erschlossen). Zitat: „übergab sie den Fördermittelbescheid“. ${link}, abgerufen am 01.12.2026.`,
    );
  });

  it('cites in English with inferred and accessed', () => {
    expect(formatCitation(pressRelease, quote, link, accessed, 'en', createTranslate('en'))).toBe(
      `“${pressRelease.title}”, Pressemitteilung, March 2018 (inferred). Quote: “übergab sie den Fördermittelbescheid”. ${link}, accessed 1 December 2026.`,
    );
  });
});
