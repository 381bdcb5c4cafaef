import type { Lang } from './lang';

/**
 * Every UI string in both languages. The German catalogue defines the keys; the English one
 * must have exactly the same keys, which the type enforces.
 */
const de = {
  appTitle: 'Kartenchronik',
  appTagline: 'Orte und Zeiten belegter Fakten',
  language: 'Sprache',
  regionMap: 'Karte',
  regionTimeline: 'Zeitleiste',
  regionDetails: 'Details',
  regionFacts: 'Fakten',
  loading: 'Datensatz wird geladen …',
  loadFailed: 'Der Datensatz konnte nicht geladen werden.',
  loadInvalid: 'Der Datensatz ist fehlerhaft:',
  retry: 'Erneut versuchen',
  factCount: '{count} Fakten',
  detailsEmpty:
    'Wählen Sie einen Fakt in der Liste oder einen Ort, um Zeit, Orte, Beteiligte und die Belegstellen zu sehen.',
  time: 'Zeit',
  kind: 'Art',
  places: 'Orte',
  entities: 'Beteiligte',
  amount: 'Betrag',
  evidence: 'Belege',
  inferred: 'erschlossen',
  approximate: 'ungefähr',
  inferredWhy: 'Erschlossen: {reason}',
  readInSource: 'im Original lesen',
  sourceDialogTitle: 'Quelle: {title}',
  sourceMeta: '{kind}, {date}',
  close: 'Schließen',
  factsAtPlace: 'Fakten in {place}',
  noFactsAtPlace: 'Zu diesem Ort gibt es keine Fakten.',
  placeKind_town: 'Ort',
  placeKind_district: 'Landkreis',
  placeKind_state: 'Land',
  placeKind_institution: 'Einrichtung',
  placeKind_other: 'Ort',
  selectionMissing: 'Die Auswahl „{id}“ gibt es in diesem Datensatz nicht.',
  clearSelection: 'Auswahl aufheben',
  viewFailed: 'Diese Ansicht ist ausgefallen: {message}',
  pendingView: '{view} folgt.',
  mapCanvas: 'Kartenfläche: mit den Pfeiltasten verschieben, mit Plus und Minus zoomen',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  mapNoWebGL:
    'Die interaktive Karte braucht WebGL, das dieser Browser nicht bereitstellt. Hier eine einfache Karte; die Orte lassen sich trotzdem wählen.',
  mapFailed:
    'Die interaktive Karte ist ausgefallen ({message}). Hier eine einfache Karte; die Orte lassen sich trotzdem wählen.',
  mapOutline: 'Umriss Thüringens und der Nachbarländer',
  factsWithoutPlace: '{count} Fakten ohne Ort auf der Karte',
  oneFactWithoutPlace: '1 Fakt ohne Ort auf der Karte',
  mapClustered:
    '{count} Orte, zu Gruppen zusammengefasst; zur Auswahl per Tastatur dient die Faktenliste.',
  markerFacts: '{count} Fakten',
  markerOneFact: '1 Fakt',
  timelineItems:
    'Fakten auf der Zeitleiste. Pfeiltasten links und rechts wählen den vorigen oder nächsten Fakt.',
  timeCursor: 'Zeitcursor',
  cursorHint: 'Zeitcursor ziehen oder mit den Pfeiltasten bewegen, um aktive Orte zu sehen.',
  cursorCaption: '{date} · {count} aktive Fakten',
  cursorCaptionOne: '{date} · 1 aktiver Fakt',
  play: 'Abspielen',
  pause: 'Anhalten',
  fitAll: 'Alles zeigen',
  timelineZoomIn: 'Zeitleiste vergrößern',
  timelineZoomOut: 'Zeitleiste verkleinern',
  timelineCluster: '{count} Fakten',
  openEnd: 'offenes Ende',
  kind_candidacy: 'Kandidatur',
  kind_attribute: 'Angabe zur Person',
  kind_membership: 'Mitgliedschaft',
  kind_role: 'Amt oder Funktion',
  kind_statement: 'Aussage',
  kind_programme: 'Programm',
  kind_funding: 'Förderung',
  kind_event: 'Ereignis',
  kind_plan: 'Vorhaben',
  kind_reference: 'Verweis',
};

export type MessageKey = keyof typeof de;

const en: Record<MessageKey, string> = {
  appTitle: 'Kartenchronik',
  appTagline: 'Places and times of sourced facts',
  language: 'Language',
  regionMap: 'Map',
  regionTimeline: 'Timeline',
  regionDetails: 'Details',
  regionFacts: 'Facts',
  loading: 'Loading dataset …',
  loadFailed: 'The dataset could not be loaded.',
  loadInvalid: 'The dataset has errors:',
  retry: 'Try again',
  factCount: '{count} facts',
  detailsEmpty:
    'Choose a fact from the list or a place to see its time, places, people and the quoted evidence.',
  time: 'Time',
  kind: 'Kind',
  places: 'Places',
  entities: 'People and organisations',
  amount: 'Amount',
  evidence: 'Evidence',
  inferred: 'inferred',
  approximate: 'approximate',
  inferredWhy: 'Inferred: {reason}',
  readInSource: 'read in source',
  sourceDialogTitle: 'Source: {title}',
  sourceMeta: '{kind}, {date}',
  close: 'Close',
  factsAtPlace: 'Facts in {place}',
  noFactsAtPlace: 'There are no facts for this place.',
  placeKind_town: 'Town',
  placeKind_district: 'District',
  placeKind_state: 'State',
  placeKind_institution: 'Institution',
  placeKind_other: 'Place',
  selectionMissing: 'The selection “{id}” does not exist in this dataset.',
  clearSelection: 'Clear selection',
  viewFailed: 'This view failed: {message}',
  pendingView: '{view} follows.',
  mapCanvas: 'Map area: pan with the arrow keys, zoom with plus and minus',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  mapNoWebGL:
    'The interactive map needs WebGL, which this browser does not provide. Here is a simple map; places can still be selected.',
  mapFailed:
    'The interactive map failed ({message}). Here is a simple map; places can still be selected.',
  mapOutline: 'Outline of Thuringia and its neighbouring states',
  factsWithoutPlace: '{count} facts without a place on the map',
  oneFactWithoutPlace: '1 fact without a place on the map',
  mapClustered: '{count} places, grouped into clusters; use the facts list to choose by keyboard.',
  markerFacts: '{count} facts',
  markerOneFact: '1 fact',
  timelineItems:
    'Facts on the timeline. Left and right arrow keys choose the previous or next fact.',
  timeCursor: 'Time cursor',
  cursorHint: 'Drag the time cursor or move it with the arrow keys to see active places.',
  cursorCaption: '{date} · {count} active facts',
  cursorCaptionOne: '{date} · 1 active fact',
  play: 'Play',
  pause: 'Pause',
  fitAll: 'Show all',
  timelineZoomIn: 'Zoom timeline in',
  timelineZoomOut: 'Zoom timeline out',
  timelineCluster: '{count} facts',
  openEnd: 'open end',
  kind_candidacy: 'Candidacy',
  kind_attribute: 'Personal detail',
  kind_membership: 'Membership',
  kind_role: 'Office or role',
  kind_statement: 'Statement',
  kind_programme: 'Programme',
  kind_funding: 'Funding',
  kind_event: 'Event',
  kind_plan: 'Plan',
  kind_reference: 'Reference',
};

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { de, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for `lang`: `t('factCount', { count: 3 })` → "3 Fakten". */
export function createTranslate(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

/** A fact kind in the UI language; unknown kinds (from other datasets) show as written. */
export function factKindLabel(kind: string, t: Translate): string {
  const key = `kind_${kind}`;
  return key in de ? t(key as MessageKey) : kind;
}
