import type { DatasetIssue } from '../dataset/dataset-issue';

/**
 * What an import recognised and what it could not carry over, for the open dialog
 * ("TimelineJS-Zeitleiste erkannt: 42 Ereignisse, 3 Epochen"). Plain data: it crosses from
 * the dataset worker to the page.
 */

export type ImportFormat = 'timelinejs' | 'timelinejs-sheet' | 'storymap' | 'geojson' | 'parquet';

export interface ImportReport {
  readonly format: ImportFormat;
  /** Events, slides or features read; each became a fact. */
  readonly items: number;
  readonly eras: number;
  readonly undated: number;
  /** Items skipped because they carry nothing to show (no title, text, date or place). */
  readonly skipped: number;
  /** Dates the file writes in words that were not understood: kept as text in the summary. */
  readonly unreadDates: number;
  /** Dates with a wrong day or month (31 February, month 13), kept at the coarser precision. */
  readonly reducedDates: number;
  /** Slides or features whose coordinates are out of range or unreadable: shown without a point. */
  readonly invalidCoordinates: number;
  /** GeoJSON lines and areas, each drawn at one representative point. */
  readonly pointsFromShapes: number;
  /** Fields of the file the format has no place for, by name (`background`, `scale`). */
  readonly dropped: readonly string[];
  /** Why rows were left out, by row and column (a Parquet table's; the first 50). */
  readonly issues?: readonly DatasetIssue[];
}

/** How the places that had only a name were found in the gazetteer. */
export interface PlaceLookupReport {
  /** The gazetteer could not be read (offline before it was ever cached): nothing was looked up. */
  readonly unavailable?: boolean;
  readonly found: number;
  readonly ambiguous: readonly AmbiguousPlace[];
  readonly unmatched: readonly { readonly placeId: string; readonly name: string }[];
}

export interface GazetteerCandidate {
  readonly name: string;
  readonly coordinates: readonly [number, number];
  /** ISO 3166 country code. */
  readonly country: string;
  /** The state (Thüringen) or GeoNames' admin-1 code. */
  readonly region: string;
  readonly population: number;
}

export interface AmbiguousPlace {
  readonly placeId: string;
  readonly name: string;
  /** Largest first; the first is drawn until the reader chooses another. */
  readonly candidates: readonly GazetteerCandidate[];
}
