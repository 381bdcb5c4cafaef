import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl-cache';

describe('intl-cache', () => {
  it('returns one formatter per locale and options', () => {
    const a = dateTimeFormat('de-DE', { year: 'numeric', timeZone: 'UTC' });
    expect(dateTimeFormat('de-DE', { year: 'numeric', timeZone: 'UTC' })).toBe(a);
    expect(dateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' })).not.toBe(a);
    expect(dateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' })).not.toBe(a);
  });

  it('formats like a fresh formatter', () => {
    const date = new Date(Date.UTC(2018, 2, 19));
    const options = { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('de-DE', options).format(date)).toBe('19.03.2018');
    expect(numberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1.5)).toBe(
      new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1.5),
    );
  });
});
