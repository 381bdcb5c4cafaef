import { numberFormat } from './intl-cache';
import type { Lang } from './lang';

/**
 * Every UI string in both languages. The German catalogue defines the keys; the English one
 * must have exactly the same keys, which the type enforces.
 */
/** A message, or its plural forms chosen by the `count` parameter (`Intl.PluralRules`). */
type Message = string | { readonly one: string; readonly other: string };

const de = {
  appTitle: 'Kartenchronik',
  appTagline: 'Orte und Zeiten belegter Fakten',
  language: 'Sprache',
  regionMap: 'Karte',
  regionTimeline: 'Zeitleiste',
  regionDetails: 'Details',
  regionFacts: 'Fakten',
  loading: 'Datensatz wird geladen …',
  mapDeferred: 'Die Karte lädt, sobald Sie hierher scrollen.',
  timelineDeferred: 'Die Zeitleiste lädt, sobald Sie hierher scrollen.',
  mapLoad: 'Karte laden',
  timelineLoad: 'Zeitleiste laden',
  viewLoading: 'Wird geladen …',
  loadFailed: 'Der Datensatz konnte nicht geladen werden.',
  loadInvalid: 'Der Datensatz ist fehlerhaft:',
  retry: 'Erneut versuchen',
  factCount: { one: '{count} Fakt', other: '{count} Fakten' },
  tour: 'Rundgang',
  tourMenu: 'Rundgänge',
  tourStart: '„{title}“ starten',
  tourStepOf: 'Schritt {step} von {total}',
  tourBack: 'Zurück',
  tourNext: 'Weiter',
  tourEnd: 'Rundgang beenden',
  tourPaused:
    'Angehalten: Sie haben etwas anderes gewählt. „Weiter“ geht beim nächsten Schritt weiter.',
  tourShowStep: 'Schritt {step} wieder zeigen',
  tourKeys:
    'Pfeiltasten links und rechts: voriger und nächster Schritt; Escape beendet den Rundgang.',
  tourFactInDetails: 'Zitate und alle Angaben in den Details',
  announceTourStep: 'Rundgang, Schritt {step} von {total}: {text}',
  overviewSources: 'Quellen',
  overviewFacts: 'Fakten',
  overviewPlaces: 'Orte',
  overviewPeriod: 'Zeitraum',
  overviewTours: 'Rundgänge',
  dataFrom: 'Daten von {host}',
  'readAs_windows-1252': 'als Windows-1252 gelesen',
  'readAs_utf-16le': 'als UTF-16 gelesen',
  'readAs_utf-16be': 'als UTF-16 gelesen',
  overviewHint:
    'Wählen Sie einen Fakt in der Liste, einen Ort auf der Karte oder einen Eintrag auf der Zeitleiste.',
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
  factsAtPlaceCount: { one: '{count} Fakt in {place}', other: '{count} Fakten in {place}' },
  placeFactsShown: 'Angezeigt: 1–{shown} von {count}',
  placeFactsMore: { one: 'Weiteren {count} Fakt zeigen', other: 'Weitere {count} Fakten zeigen' },
  noFactsAtPlace: 'Zu diesem Ort gibt es keine Fakten.',
  placeKind_town: 'Ort',
  placeKind_district: 'Landkreis',
  placeKind_state: 'Land',
  placeKind_institution: 'Einrichtung',
  placeKind_other: 'Ort',
  selectionMissing: 'Die Auswahl „{id}“ gibt es in diesem Datensatz nicht.',
  clearSelection: 'Auswahl aufheben',
  viewFailed: 'Diese Ansicht ist ausgefallen: {message}',
  mapCanvas: 'Kartenfläche: mit den Pfeiltasten verschieben, mit Plus und Minus zoomen',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  mapNoWebGL:
    'Die interaktive Karte braucht WebGL, das dieser Browser nicht bereitstellt. Hier eine einfache Karte; die Orte lassen sich trotzdem wählen.',
  mapFailed:
    'Die interaktive Karte ist ausgefallen ({message}). Hier eine einfache Karte; die Orte lassen sich trotzdem wählen.',
  mapOutline: 'Umriss Thüringens und der Nachbarländer',
  factsWithoutPlace: {
    one: '{count} Fakt ohne Ort auf der Karte',
    other: '{count} Fakten ohne Ort auf der Karte',
  },
  mapClustered: {
    one: '{count} Ort, zu Gruppen zusammengefasst; zur Auswahl per Tastatur dient die Faktenliste.',
    other:
      '{count} Orte, zu Gruppen zusammengefasst; zur Auswahl per Tastatur dient die Faktenliste.',
  },
  markerFacts: { one: '{count} Fakt', other: '{count} Fakten' },
  timelineItems:
    'Fakten auf der Zeitleiste. Pfeiltasten links und rechts wählen den vorigen oder nächsten Fakt.',
  timeCursor: 'Zeitcursor',
  cursorHint: 'Zeitcursor ziehen oder mit den Pfeiltasten bewegen, um aktive Orte zu sehen.',
  cursorCaption: { one: '{date} · {count} aktiver Fakt', other: '{date} · {count} aktive Fakten' },
  play: 'Abspielen',
  pause: 'Anhalten',
  fitAll: 'Alles zeigen',
  timelineZoomIn: 'Zeitleiste vergrößern',
  timelineZoomOut: 'Zeitleiste verkleinern',
  timelineCluster: { one: '{count} Fakt', other: '{count} Fakten' },
  timelineSelectedOf: { one: 'davon {count} ausgewählt', other: 'davon {count} ausgewählt' },
  openEnd: 'offenes Ende',
  noticeTitle: 'Nicht alles aus dem Link konnte übernommen werden:',
  dismiss: 'Hinweis schließen',
  'ignored_invalid-id': '„{value}“ ist keine gültige ID',
  'ignored_unknown-fact': 'den Fakt „{value}“ gibt es in diesem Datensatz nicht',
  'ignored_unknown-place': 'den Ort „{value}“ gibt es in diesem Datensatz nicht',
  'ignored_unknown-category': 'die Kategorie „{value}“ gibt es in diesem Datensatz nicht',
  'ignored_invalid-date':
    '„{value}“ ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT; von und bis gehören zusammen)',
  'ignored_window-reversed': 'der Zeitraum endet vor seinem Beginn',
  'ignored_invalid-camera': '„{value}“ ist keine Kartenansicht (Länge,Breite,Zoom)',
  'ignored_invalid-lang': '„{value}“ ist keine unterstützte Sprache (de, en)',
  'ignored_too-long': 'der Suchtext ist zu lang',
  'ignored_invalid-url': '„{value}“ ist keine http(s)-Adresse',
  'ignored_unknown-tour': 'den Rundgang „{value}“ gibt es in diesem Datensatz nicht',
  'ignored_invalid-step':
    '„{value}“ ist kein Schritt eines Rundgangs (1, 2, 3 …; step braucht tour)',
  'ignored_unknown-step': 'diesen Schritt „{value}“ hat der Rundgang nicht',
  ignored_duplicate: 'der Parameter kam mehrfach vor; der erste Wert gilt',
  search: 'Suche',
  searchPlaceholder: 'Titel, Orte, Personen, Zitate …',
  categories: 'Kategorien',
  matchCount: { one: '{shown} von {count} Fakt', other: '{shown} von {count} Fakten' },
  clearFilters: 'Filter zurücksetzen',
  noMatches: 'Keine Fakten passen zu Suche und Filtern.',
  shareLink: 'Link teilen',
  linkCopied: 'Link in die Zwischenablage kopiert.',
  linkCopyManual: 'Kopieren Sie den Link aus diesem Feld:',
  linkField: 'Link zu dieser Ansicht',
  announceFact: 'Ausgewählt: {title}',
  announcePlace: {
    one: 'Ort ausgewählt: {place}, {count} Fakt',
    other: 'Ort ausgewählt: {place}, {count} Fakten',
  },
  openDataset: 'Datensatz öffnen',
  openDatasetTitle: 'Eigenen Datensatz öffnen',
  openFile: 'Datei wählen (.json im Format v1 oder .csv nach Vorlage)',
  openUrl: 'oder Adresse einer Datei (http(s), mit CORS freigegeben)',
  openUrlButton: 'Laden',
  dropHint: 'Oder eine Datei auf die Seite ziehen. Höchstens {mb} MB.',
  fileLoaded: {
    one: 'Datensatz „{name}“ geöffnet: {count} Fakt. Er ist in diesem Browser gespeichert; sein Link öffnet ihn nur hier.',
    other:
      'Datensatz „{name}“ geöffnet: {count} Fakten. Er ist in diesem Browser gespeichert; sein Link öffnet ihn nur hier.',
  },
  loadFailedKeep: 'Der neue Datensatz konnte nicht geöffnet werden; der bisherige bleibt geladen.',
  loadNetwork:
    'Die Adresse ist nicht erreichbar, oder der Server erlaubt keinen Abruf von dieser Seite (CORS).',
  loadTimeout: 'Der Server hat nicht rechtzeitig geantwortet.',
  loadWorker:
    'Die Datei konnte nicht verarbeitet werden: Der Browser hat das Lesen abgebrochen (zu wenig Speicher?).',
  loadHttp: 'Der Server antwortet mit einem Fehler ({detail}).',
  updateAvailable: 'Neue Version verfügbar —',
  updateReload: 'neu laden',
  openFileHere: 'Die Datei hier öffnen:',
  citationText: '{source}. Zitat: {quotes}. {link}, abgerufen am {accessed}.',
  citationTextNoQuote: '{source}. {link}, abgerufen am {accessed}.',
  noVerbatimQuote: 'ohne wörtlichen Beleg',
  noEvidence: 'Ohne Beleg: Die Datei nennt keine Quelle für diesen Fakt.',
  cite: 'Zitieren',
  citeTitle: 'Diesen Fakt zitieren',
  citeCopy: 'Zitat kopieren',
  citeCopied: 'Zitat in die Zwischenablage kopiert.',
  citeCsl: 'CSL-JSON',
  citeBibtex: 'BibTeX',
  citeHint: 'Für Zotero und andere Literaturverwaltungen: die zitierte Quelle als',
  exportCitations: 'Zitate (CSL-JSON)',
  exportCalendar: 'Kalender (.ics)',
  exportCalendarHint: {
    one: '{count} Fakt ohne Tagesdatum bleibt im Kalender außen vor.',
    other: '{count} Fakten ohne Tagesdatum bleiben im Kalender außen vor.',
  },
  recentDatasets: 'Zuletzt geöffnet',
  recentNone: 'Noch keine eigenen Datensätze in diesem Browser.',
  recentMeta: {
    one: '{count} Fakt · {size} KB · {when} · {name}',
    other: '{count} Fakten · {size} KB · {when} · {name}',
  },
  recentOpen: '„{title}“ öffnen',
  recentRemove: '„{title}“ entfernen',
  remove: 'Entfernen',
  reopen: 'Öffnen',
  storeFailed_quota:
    'Der Speicher dieses Browsers ist voll: Der Datensatz bleibt für diese Sitzung geöffnet, wird aber nicht behalten.',
  storeFailed_unavailable:
    'Dieser Browser erlaubt hier keinen Speicher (etwa im privaten Fenster): Der Datensatz bleibt für diese Sitzung geöffnet, wird aber nicht behalten.',
  loadTooLarge: 'Die Datei ist größer als {mb} MB.',
  loadTooLargeSize: 'Die Datei ist zu groß: {size} MB, erlaubt sind höchstens {mb} MB.',
  loadProgress: 'Fortschritt beim Öffnen',
  loadPhase_loading: '„{name}“ wird gelesen: {loaded} von {total} MB',
  loadPhase_loadingUnknown: '„{name}“ wird gelesen: {loaded} MB',
  loadPhase_checking: '„{name}“ wird geprüft …',
  loadPhase_reading: '„{name}“ wird gelesen …',
  loadPhase_preparing: '„{name}“ wird aufbereitet …',
  loadPhase_building: '„{name}“ wird aufbereitet: {percent} %',
  loadCancel: 'Laden abbrechen',
  loadMissingLocal:
    'Dieser Datensatz wurde aus einer Datei in einem anderen Browser geöffnet (oder hier entfernt); dieser Browser hat ihn nicht.',
  invalidUrl: 'Bitte eine http(s)-Adresse oder einen relativen Pfad angeben.',
  export: 'Exportieren',
  exportJson: 'JSON (Datensatz)',
  exportCsv: 'CSV (Vorlage)',
  exportGeoJson: 'GeoJSON',
  exportHint: {
    one: 'Exportiert den {count} Fakt, der zu Suche und Filtern passt.',
    other: 'Exportiert die {count} Fakten, die zu Suche und Filtern passen.',
  },
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
  // Dataset validation (validate-dataset.ts): where, then what is wrong.
  issueAtJson: 'Zeile {line}, Spalte {column}',
  issueAtCsv: 'Zeile {line}, Spalte „{column}“',
  'issue_invalid-type': 'hat den falschen Typ, erwartet: {detail}',
  issue_required: 'fehlt (erwartet: {detail})',
  'issue_too-small': 'ist zu kurz oder zu klein (mindestens {detail})',
  'issue_too-big': 'ist zu lang oder zu groß (höchstens {detail})',
  'issue_invalid-value': 'hat einen unzulässigen Wert, erlaubt: {detail}',
  issue_slug: 'ist keine gültige ID (Kleinbuchstaben, Ziffern, Bindestriche)',
  'issue_partial-date': 'ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT',
  'issue_calendar-date': 'ist kein Kalenderdatum',
  issue_currency: 'ist kein Währungscode (ISO 4217, z. B. EUR)',
  issue_url: 'ist keine gültige URL',
  'issue_time-type': 'hat eine unbekannte Zeitart, erlaubt: {detail}',
  'issue_duplicate-id': 'verwendet die ID „{detail}“ ein zweites Mal',
  'issue_unknown-reference': 'verweist auf „{detail}“, das es im Datensatz nicht gibt',
  'issue_quote-mismatch':
    'stimmt nicht mit dem Quelltext an diesen Positionen überein (dort steht „{detail}“)',
  'issue_offsets-missing': 'braucht start und end, weil die Quelle ihren Volltext enthält',
  'issue_offsets-out-of-range': 'liegt außerhalb des Quelltexts (Länge {detail})',
  'issue_offsets-reversed': 'endet vor dem Anfang (start ist {detail})',
  'issue_offsets-without-text':
    'verweist auf Positionen, aber die Quelle enthält keinen Volltext (text fehlt)',
  'issue_offsets-without-quote': 'verweist auf Positionen, aber ohne Zitat (quote fehlt)',
  'issue_range-reversed': 'endet vor ihrem Beginn',
  'issue_parent-cycle': 'bildet einen Kreis übergeordneter Orte über „{detail}“',
  issue_camera: 'ist keine Kartenansicht der Form Länge,Breite,Zoom',
  'issue_step-target': 'nennt weder einen Fakt (fact) noch einen Ort (place)',
  'issue_window-incomplete': 'braucht from und to zusammen',
  'issue_json-syntax': 'ist kein gültiges JSON ({detail})',
  'issue_csv-syntax': 'enthält ein nicht geschlossenes Anführungszeichen',
  'issue_csv-missing-column': 'es fehlt die Spalte „{detail}“',
  'issue_csv-empty': 'enthält keine Zeilen mit Fakten',
  'issue_coordinates-pair': 'braucht Länge und Breite zusammen',
  issue_number: 'ist keine Zahl im erlaubten Bereich ({detail})',
  issue_invalid: 'ist ungültig ({detail})',
};

export type MessageKey = keyof typeof de;

/** Plural messages must stay plural in English: the shapes of the two catalogues match. */
type Catalogue = {
  readonly [K in MessageKey]: (typeof de)[K] extends string ? string : Exclude<Message, string>;
};

const en: Catalogue = {
  appTitle: 'Kartenchronik',
  appTagline: 'Places and times of sourced facts',
  language: 'Language',
  regionMap: 'Map',
  regionTimeline: 'Timeline',
  regionDetails: 'Details',
  regionFacts: 'Facts',
  loading: 'Loading dataset …',
  mapDeferred: 'The map loads when you scroll here.',
  timelineDeferred: 'The timeline loads when you scroll here.',
  mapLoad: 'Load map',
  timelineLoad: 'Load timeline',
  viewLoading: 'Loading …',
  loadFailed: 'The dataset could not be loaded.',
  loadInvalid: 'The dataset has errors:',
  retry: 'Try again',
  factCount: { one: '{count} fact', other: '{count} facts' },
  tour: 'Tour',
  tourMenu: 'Tours',
  tourStart: 'Start “{title}”',
  tourStepOf: 'Step {step} of {total}',
  tourBack: 'Back',
  tourNext: 'Next',
  tourEnd: 'End tour',
  tourPaused: 'Paused: you chose something else. “Next” goes on with the next step.',
  tourShowStep: 'Show step {step} again',
  tourKeys: 'Left and right arrow keys: previous and next step; Escape ends the tour.',
  tourFactInDetails: 'Quotes and every detail in the details',
  announceTourStep: 'Tour, step {step} of {total}: {text}',
  overviewSources: 'Sources',
  overviewFacts: 'Facts',
  overviewPlaces: 'Places',
  overviewPeriod: 'Period',
  overviewTours: 'Tours',
  dataFrom: 'Data from {host}',
  'readAs_windows-1252': 'read as Windows-1252',
  'readAs_utf-16le': 'read as UTF-16',
  'readAs_utf-16be': 'read as UTF-16',
  overviewHint: 'Choose a fact from the list, a place on the map or an entry on the timeline.',
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
  factsAtPlaceCount: { one: '{count} fact in {place}', other: '{count} facts in {place}' },
  placeFactsShown: 'Showing 1–{shown} of {count}',
  placeFactsMore: { one: 'Show {count} more fact', other: 'Show {count} more facts' },
  noFactsAtPlace: 'There are no facts for this place.',
  placeKind_town: 'Town',
  placeKind_district: 'District',
  placeKind_state: 'State',
  placeKind_institution: 'Institution',
  placeKind_other: 'Place',
  selectionMissing: 'The selection “{id}” does not exist in this dataset.',
  clearSelection: 'Clear selection',
  viewFailed: 'This view failed: {message}',
  mapCanvas: 'Map area: pan with the arrow keys, zoom with plus and minus',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  mapNoWebGL:
    'The interactive map needs WebGL, which this browser does not provide. Here is a simple map; places can still be selected.',
  mapFailed:
    'The interactive map failed ({message}). Here is a simple map; places can still be selected.',
  mapOutline: 'Outline of Thuringia and its neighbouring states',
  factsWithoutPlace: {
    one: '{count} fact without a place on the map',
    other: '{count} facts without a place on the map',
  },
  mapClustered: {
    one: '{count} place, grouped into clusters; use the facts list to choose by keyboard.',
    other: '{count} places, grouped into clusters; use the facts list to choose by keyboard.',
  },
  markerFacts: { one: '{count} fact', other: '{count} facts' },
  timelineItems:
    'Facts on the timeline. Left and right arrow keys choose the previous or next fact.',
  timeCursor: 'Time cursor',
  cursorHint: 'Drag the time cursor or move it with the arrow keys to see active places.',
  cursorCaption: { one: '{date} · {count} active fact', other: '{date} · {count} active facts' },
  play: 'Play',
  pause: 'Pause',
  fitAll: 'Show all',
  timelineZoomIn: 'Zoom timeline in',
  timelineZoomOut: 'Zoom timeline out',
  timelineCluster: { one: '{count} fact', other: '{count} facts' },
  timelineSelectedOf: { one: '{count} of them selected', other: '{count} of them selected' },
  openEnd: 'open end',
  noticeTitle: 'Not everything in the link could be applied:',
  dismiss: 'Dismiss notice',
  'ignored_invalid-id': '“{value}” is not a valid id',
  'ignored_unknown-fact': 'the fact “{value}” is not in this dataset',
  'ignored_unknown-place': 'the place “{value}” is not in this dataset',
  'ignored_unknown-category': 'the category “{value}” is not in this dataset',
  'ignored_invalid-date':
    '“{value}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD; from and to go together)',
  'ignored_window-reversed': 'the time window ends before it starts',
  'ignored_invalid-camera': '“{value}” is not a map view (longitude,latitude,zoom)',
  'ignored_invalid-lang': '“{value}” is not a supported language (de, en)',
  'ignored_too-long': 'the search text is too long',
  'ignored_invalid-url': '“{value}” is not an http(s) address',
  'ignored_unknown-tour': 'the tour “{value}” is not in this dataset',
  'ignored_invalid-step': '“{value}” is not a tour step (1, 2, 3 …; step needs tour)',
  'ignored_unknown-step': 'the tour has no step “{value}”',
  ignored_duplicate: 'the parameter appeared more than once; the first value applies',
  search: 'Search',
  searchPlaceholder: 'Titles, places, people, quotes …',
  categories: 'Categories',
  matchCount: { one: '{shown} of {count} fact', other: '{shown} of {count} facts' },
  clearFilters: 'Reset filters',
  noMatches: 'No facts match the search and filters.',
  shareLink: 'Share link',
  linkCopied: 'Link copied to the clipboard.',
  linkCopyManual: 'Copy the link from this field:',
  linkField: 'Link to this view',
  announceFact: 'Selected: {title}',
  announcePlace: {
    one: 'Place selected: {place}, {count} fact',
    other: 'Place selected: {place}, {count} facts',
  },
  openDataset: 'Open dataset',
  openDatasetTitle: 'Open your own dataset',
  openFile: 'Choose a file (.json in format v1 or .csv per the template)',
  openUrl: 'or the address of a file (http(s), CORS-enabled)',
  openUrlButton: 'Load',
  dropHint: 'Or drop a file onto the page. At most {mb} MB.',
  fileLoaded: {
    one: 'Opened dataset “{name}”: {count} fact. It is kept in this browser; its link opens it only here.',
    other:
      'Opened dataset “{name}”: {count} facts. It is kept in this browser; its link opens it only here.',
  },
  loadFailedKeep: 'The new dataset could not be opened; the previous one stays loaded.',
  loadNetwork:
    'The address cannot be reached, or its server does not allow this page to fetch it (CORS).',
  loadTimeout: 'The server did not answer in time.',
  loadWorker: 'The file could not be processed: the browser stopped reading it (out of memory?).',
  loadHttp: 'The server answered with an error ({detail}).',
  updateAvailable: 'New version available —',
  updateReload: 'reload',
  openFileHere: 'Open the file here:',
  citationText: '{source}. Quote: {quotes}. {link}, accessed {accessed}.',
  citationTextNoQuote: '{source}. {link}, accessed {accessed}.',
  noVerbatimQuote: 'no verbatim quote',
  noEvidence: 'No evidence: the file names no source for this fact.',
  cite: 'Cite',
  citeTitle: 'Cite this fact',
  citeCopy: 'Copy citation',
  citeCopied: 'Citation copied to the clipboard.',
  citeCsl: 'CSL-JSON',
  citeBibtex: 'BibTeX',
  citeHint: 'For Zotero and other reference managers: the cited source as',
  exportCitations: 'Citations (CSL-JSON)',
  exportCalendar: 'Calendar (.ics)',
  exportCalendarHint: {
    one: '{count} fact without a day date is left out of the calendar.',
    other: '{count} facts without a day date are left out of the calendar.',
  },
  recentDatasets: 'Recently opened',
  recentNone: 'No datasets of your own in this browser yet.',
  recentMeta: {
    one: '{count} fact · {size} KB · {when} · {name}',
    other: '{count} facts · {size} KB · {when} · {name}',
  },
  recentOpen: 'Open “{title}”',
  recentRemove: 'Remove “{title}”',
  remove: 'Remove',
  reopen: 'Open',
  storeFailed_quota:
    'This browser’s storage is full: the dataset stays open for this session but is not kept.',
  storeFailed_unavailable:
    'This browser allows no storage here (a private window, say): the dataset stays open for this session but is not kept.',
  loadTooLarge: 'The file is larger than {mb} MB.',
  loadTooLargeSize: 'The file is too large: {size} MB, at most {mb} MB are allowed.',
  loadProgress: 'Opening progress',
  loadPhase_loading: 'Reading “{name}”: {loaded} of {total} MB',
  loadPhase_loadingUnknown: 'Reading “{name}”: {loaded} MB',
  loadPhase_checking: 'Checking “{name}” …',
  loadPhase_reading: 'Reading “{name}” …',
  loadPhase_preparing: 'Preparing “{name}” …',
  loadPhase_building: 'Preparing “{name}”: {percent} %',
  loadCancel: 'Cancel loading',
  loadMissingLocal:
    'This dataset was opened from a file in another browser (or removed here); this browser does not have it.',
  invalidUrl: 'Please give an http(s) address or a relative path.',
  export: 'Export',
  exportJson: 'JSON (dataset)',
  exportCsv: 'CSV (template)',
  exportGeoJson: 'GeoJSON',
  exportHint: {
    one: 'Exports the {count} fact that matches the search and filters.',
    other: 'Exports the {count} facts that match the search and filters.',
  },
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
  issueAtJson: 'line {line}, column {column}',
  issueAtCsv: 'row {line}, column “{column}”',
  'issue_invalid-type': 'has the wrong type, expected: {detail}',
  issue_required: 'is missing (expected: {detail})',
  'issue_too-small': 'is too short or too small (at least {detail})',
  'issue_too-big': 'is too long or too large (at most {detail})',
  'issue_invalid-value': 'has a value that is not allowed, allowed: {detail}',
  issue_slug: 'is not a valid id (lowercase letters, digits, hyphens)',
  'issue_partial-date': 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
  'issue_calendar-date': 'is not a calendar date',
  issue_currency: 'is not a currency code (ISO 4217, e.g. EUR)',
  issue_url: 'is not a valid URL',
  'issue_time-type': 'has an unknown time type, allowed: {detail}',
  'issue_duplicate-id': 'uses the id “{detail}” a second time',
  'issue_unknown-reference': 'refers to “{detail}”, which the dataset does not contain',
  'issue_quote-mismatch': 'does not match the source text at these offsets (it reads “{detail}”)',
  'issue_offsets-missing': 'needs start and end, because the source includes its full text',
  'issue_offsets-out-of-range': 'lies outside the source text (length {detail})',
  'issue_offsets-reversed': 'ends before its start (start is {detail})',
  'issue_offsets-without-text': 'gives offsets, but the source has no full text (text is missing)',
  'issue_offsets-without-quote': 'gives offsets, but no quote',
  'issue_range-reversed': 'ends before it starts',
  'issue_parent-cycle': 'forms a cycle of parent places through “{detail}”',
  issue_camera: 'is not a map view of the form longitude,latitude,zoom',
  'issue_step-target': 'names neither a fact nor a place',
  'issue_window-incomplete': 'needs from and to together',
  'issue_json-syntax': 'is not valid JSON ({detail})',
  'issue_csv-syntax': 'has a quotation mark that is never closed',
  'issue_csv-missing-column': 'the column “{detail}” is missing',
  'issue_csv-empty': 'has no rows with facts',
  'issue_coordinates-pair': 'needs longitude and latitude together',
  issue_number: 'is not a number in the allowed range ({detail})',
  issue_invalid: 'is invalid ({detail})',
};

const CATALOGUES: Record<Lang, Catalogue> = { de, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/** A count as the language writes it: "10.000", "10,000". */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(LOCALES[lang], {}).format(value);
}

/** Bytes as megabytes with one decimal ("12,3"), for sizes while a file is read. */
export function formatMegabytes(bytes: number, lang: Lang): string {
  return numberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    bytes / 1024 / 1024,
  );
}

/**
 * A translator for `lang`: `t('factCount', { count: 10000 })` → "10.000 Fakten". The one
 * formatter for every message: a plural message picks its form by `count`; numbers are grouped
 * by `Intl.NumberFormat`; placeholders are filled by a function, so text such as `$&` in a
 * parameter is kept as written (a replacement string would interpret it). An unknown
 * placeholder stays visible.
 */
export function createTranslate(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  const plural = new Intl.PluralRules(LOCALES[lang]);
  return (key, params) => {
    const message: Message = catalogue[key];
    const count = params?.count;
    const template =
      typeof message === 'string'
        ? message
        : typeof count === 'number' && plural.select(count) === 'one'
          ? message.one
          : message.other;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value, lang) : value;
    });
  };
}

/** A fact kind in the UI language; unknown kinds (from other datasets) show as written. */
export function factKindLabel(kind: string, t: Translate): string {
  const key = `kind_${kind}`;
  return key in de ? t(key as MessageKey) : kind;
}
