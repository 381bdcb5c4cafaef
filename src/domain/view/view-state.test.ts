import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_LINK_STATE, formatViewState, parseViewState, type LinkState } from './view-state';

const full: LinkState = {
  fact: 'besuch-artern',
  place: 'artern',
  window: { from: '2017', to: '2019-06' },
  at: '2018-03-19',
  camera: { lon: 11.3, lat: 51.05, zoom: 7.4 },
  query: 'Förder mittel',
  categories: ['visits', 'career'],
  quotedOnly: true,
  lang: 'en',
  data: 'http://127.0.0.1:8080/facts.json',
  embed: true,
  tour: { id: 'rundgang', step: 3 },
  edit: false,
};

describe('formatViewState / parseViewState', () => {
  it('leaves an all-default view out of the URL', () => {
    expect(formatViewState(EMPTY_LINK_STATE)).toBe('');
    expect(parseViewState('')).toEqual({ state: EMPTY_LINK_STATE, ignored: [] });
  });

  it('writes keys in a fixed order with readable separators', () => {
    expect(formatViewState(full)).toBe(
      '?data=http%3A%2F%2F127.0.0.1%3A8080%2Ffacts.json&lang=en&tour=rundgang&step=3&fact=besuch-artern&place=artern&q=F%C3%B6rder+mittel&cat=visits,career&quoted=1&from=2017&to=2019-06&at=2018-03-19&map=11.3,51.05,7.4&embed=1',
    );
  });

  it.each(Object.keys(full) as (keyof LinkState)[])('round-trips %s on its own', (key) => {
    const state = { ...EMPTY_LINK_STATE, [key]: full[key] } as LinkState;
    expect(parseViewState(formatViewState(state))).toEqual({ state, ignored: [] });
  });

  it('opens the editor only on a copy kept in this browser (edit=1 beside data=local:…)', () => {
    const key = `local:${'a'.repeat(32)}`;
    const editing = { ...EMPTY_LINK_STATE, data: key, edit: true };
    expect(formatViewState(editing)).toBe(`?data=local%3A${'a'.repeat(32)}&edit=1`);
    expect(parseViewState(formatViewState(editing))).toEqual({ state: editing, ignored: [] });
    expect(parseViewState('?data=daten.json&edit=1')).toEqual({
      state: { ...EMPTY_LINK_STATE, data: 'daten.json' },
      ignored: [{ param: 'edit', value: '1', reason: 'edit-needs-copy' }],
    });
    expect(parseViewState('?edit=1').ignored).toEqual([
      { param: 'edit', value: '1', reason: 'edit-needs-copy' },
    ]);
  });

  it('round-trips every parameter together', () => {
    expect(parseViewState(formatViewState(full)).state).toEqual(full);
  });

  it('keeps partial dates at their precision', () => {
    const { state } = parseViewState('?from=2017&to=2019-06&at=2018');
    expect(formatViewState(state)).toBe('?from=2017&to=2019-06&at=2018');
  });

  it('rounds the camera to 4 decimals and the zoom to 2', () => {
    const { state } = parseViewState('?map=11.123456,51.987654,7.456');
    expect(state.camera).toEqual({ lon: 11.1235, lat: 51.9877, zoom: 7.46 });
  });
});

/** Every key of the link's query (docs: the deep-link contract). */
const LINK_KEYS = [
  'fact',
  'place',
  'from',
  'to',
  'at',
  'map',
  'q',
  'cat',
  'lang',
  'data',
  'embed',
  'tour',
  'step',
] as const;

describe('parseViewState tolerance', () => {
  it('drops each invalid parameter, keeps the others, and says why', () => {
    const { state, ignored } = parseViewState(
      `?fact=<script>alert(1)</script>&to=99999-99-99&from=2017&map=abc&lang=xx&q=${'x'.repeat(5000)}&place=artern`,
    );
    expect(state).toEqual({ ...EMPTY_LINK_STATE, place: 'artern' });
    expect(ignored.map((i) => [i.param, i.reason])).toEqual([
      ['fact', 'invalid-id'],
      ['to', 'invalid-date'],
      ['from', 'invalid-date'],
      ['map', 'invalid-camera'],
      ['q', 'too-long'],
      ['lang', 'invalid-lang'],
    ]);
  });

  it('rejects out-of-range cameras and reversed windows', () => {
    expect(parseViewState('?map=11,91,7').ignored[0]?.reason).toBe('invalid-camera');
    expect(parseViewState('?map=11,51,23').ignored[0]?.reason).toBe('invalid-camera');
    expect(parseViewState('?from=2019&to=2018').ignored[0]?.reason).toBe('window-reversed');
  });

  it('accepts only http(s) and relative dataset URLs', () => {
    expect(parseViewState('?data=javascript:alert(1)').ignored[0]?.reason).toBe('invalid-url');
    expect(parseViewState('?data=data/other.json').state.data).toBe('data/other.json');
  });

  it('checks the form of ids, not whether a dataset has them', () => {
    const { state, ignored } = parseViewState('?fact=old-fact&place=artern&cat=visits,gone');
    expect(state).toMatchObject({
      fact: 'old-fact',
      place: 'artern',
      categories: ['visits', 'gone'],
    });
    expect(ignored).toEqual([]);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => parseViewState(text)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...LINK_KEYS), fc.string()), (entries) => {
        expect(() => parseViewState(new URLSearchParams(entries).toString())).not.toThrow();
      }),
    );
  });

  it('is stable for generated parameter values too', () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '2018',
        '2018-03',
        '2018-03-19',
        'artern',
        'en',
        '11.3,51.05,7.4',
        'a,b,,a',
        '2',
        '0',
      ),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...LINK_KEYS), value), (entries) => {
        const once = formatViewState(parseViewState(new URLSearchParams(entries).toString()).state);
        expect(formatViewState(parseViewState(once).state)).toBe(once);
      }),
    );
  });

  it('is stable: format ∘ parse is a fixed point', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const once = formatViewState(parseViewState(text).state);
        expect(formatViewState(parseViewState(once).state)).toBe(once);
        expect(parseViewState(once).ignored).toEqual([]);
      }),
    );
  });
});

describe('tour and step', () => {
  it('reads a step, and a tour without a step as its first', () => {
    expect(parseViewState('?tour=rundgang&step=2').state.tour).toEqual({ id: 'rundgang', step: 2 });
    expect(parseViewState('?tour=rundgang').state.tour).toEqual({ id: 'rundgang', step: 1 });
  });

  it('drops a step without its tour, and steps that are not positive whole numbers', () => {
    for (const search of [
      '?step=2',
      '?tour=rundgang&step=0',
      '?tour=rundgang&step=x',
      '?tour=rundgang&step=-1',
    ]) {
      const { state, ignored } = parseViewState(search);
      expect(state.tour).toBeNull();
      expect(ignored.map((i) => `${i.param}:${i.reason}`)).toEqual(['step:invalid-step']);
    }
  });
});
