/**
 * CSV as spreadsheets write it (RFC 4180): quoted fields with "" escapes, CR/LF line ends, a
 * byte-order mark, and comma or semicolon separators (German spreadsheets use semicolons).
 */

export interface CsvParseResult {
  readonly rows: string[][];
  /** Where a quoted field was left open, 1-based; `null` when the text parsed. */
  readonly error: { readonly line: number; readonly column: number } | null;
}

export type Separator = ',' | ';' | '\t';

/**
 * The separator of the header line: the most frequent of `;`, `,` and a tab outside quotes
 * (a tab: TSV, as Google Sheets downloads it).
 */
export function detectSeparator(text: string): Separator {
  const header = firstLine(text);
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
    else if (!quoted && ch === '\t') tabs += 1;
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** The text's first line, whichever line ends it uses: LF, CRLF or a lone CR (old Mac Excel). */
export function firstLine(text: string): string {
  return text.split(/\r\n|\r|\n/, 1)[0] ?? '';
}

export function parseCsv(
  input: string,
  separator: Separator = detectSeparator(input),
): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let column = 1;
  let openedAt = { line: 1, column: 1 };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
        column += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
        if (ch === '\n') {
          line += 1;
          column = 0;
        }
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      openedAt = { line, column };
    } else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line += 1;
      column = 0;
    } else {
      field += ch;
    }
    column += 1;
  }
  if (quoted) return { rows, error: openedAt };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // Blank lines (a trailing newline, spacing in the sheet) are not rows.
  return { rows: rows.filter((r) => r.some((cell) => cell.trim() !== '')), error: null };
}

/** A plain number stays as it is: "-5", "+3,5", "477970". */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
/** What a spreadsheet would read as the start of a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as a spreadsheet may safely open it: text that begins like a formula (`=`, `+`, `-`,
 * `@`, tab, carriage return) gets a leading `'`, as OWASP advises; plain numbers stay as they
 * are. Only for files bound for spreadsheets; the app shows the text unchanged.
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes `neutralizeCell` on import, so an exported file opens with the text it had. */
export function restoreCell(value: string): string {
  return value.startsWith("'") &&
    FORMULA_START.test(value.slice(1)) &&
    !PLAIN_NUMBER.test(value.slice(1))
    ? value.slice(1)
    : value;
}

/** One field as CSV: quoted when it holds the separator, a quote or a line break. */
export function formatCsvField(value: string, separator: ',' | ';' = ','): string {
  return /["\r\n]/.test(value) || value.includes(separator) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function formatCsv(
  rows: readonly (readonly string[])[],
  separator: ',' | ';' = ',',
): string {
  return `${rows.map((r) => r.map((v) => formatCsvField(v, separator)).join(separator)).join('\r\n')}\r\n`;
}
