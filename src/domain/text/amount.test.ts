import { describe, expect, it } from 'vitest';
import { formatAmount } from './amount';

/** Intl separates number and currency sign with a no-break space. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatAmount', () => {
  it('formats euros in German and English', () => {
    expect(plain(formatAmount({ value: 477970, currency: 'EUR' }, 'de'))).toBe('477.970 €');
    expect(formatAmount({ value: 477970, currency: 'EUR' }, 'en')).toBe('€477,970');
  });

  it('shows cents only when there are some', () => {
    expect(plain(formatAmount({ value: 12.5, currency: 'EUR' }, 'de'))).toBe('12,50 €');
  });
});
