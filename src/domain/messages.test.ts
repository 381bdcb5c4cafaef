import { describe, expect, it } from 'vitest';
import { createTranslate, factKindLabel } from './messages';

describe('createTranslate', () => {
  it('fills parameters in both languages', () => {
    expect(createTranslate('de')('factCount', { count: 31 })).toBe('31 Fakten');
    expect(createTranslate('en')('factCount', { count: 31 })).toBe('31 facts');
  });

  it('leaves an unknown placeholder visible rather than inventing text', () => {
    expect(createTranslate('de')('factCount')).toBe('{count} Fakten');
  });

  it('labels known fact kinds and shows unknown ones as written', () => {
    expect(factKindLabel('funding', createTranslate('en'))).toBe('Funding');
    expect(factKindLabel('ausstellung', createTranslate('de'))).toBe('ausstellung');
  });
});
