/**
 * Text cut to a length without splitting a character: an emoji, a flag or a letter with its
 * combining accent stays whole (a plain `slice` leaves half a surrogate pair, which renders as
 * "?" and is not valid UTF-16 for a file).
 */

let graphemes: Intl.Segmenter | undefined;

/** At most `max` UTF-16 units of `text`, cut between graphemes, `ellipsis` appended when cut. */
export function truncate(text: string, max: number, ellipsis = ''): string {
  if (text.length <= max) return text;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const budget = Math.max(0, max - ellipsis.length);
  let end = 0;
  // Only the head is segmented: a cut of a megabyte of text costs what the cut keeps.
  for (const { segment } of graphemes.segment(text.slice(0, budget + 16))) {
    if (end + segment.length > budget) break;
    end += segment.length;
  }
  return text.slice(0, end).trimEnd() + ellipsis;
}
