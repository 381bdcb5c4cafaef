// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { TimelineItem } from './timeline-items';
import type { VisItem } from './timeline-rows';
import { itemElement, tooltipElement, type TimelineAxisFormat } from './timeline-templates';

const format: TimelineAxisFormat = {
  minor: () => '',
  major: () => '',
  cluster: (n) => `${n} Fakten`,
  selectedOf: (n) => `davon ${n} ausgewählt`,
  count: (n) => n.toLocaleString('de-DE'),
};

const hostile = '<img src=x onerror=alert(1)>';
const fact = {
  id: 'f1',
  start: new Date(0),
  type: 'point',
  className: '',
  content: '',
  item: {
    id: 'f1',
    label: hostile,
    labelLang: 'de',
    tooltip: [
      { text: hostile, lang: 'de' },
      { text: '19.03.2018', lang: 'de' },
    ],
  } as unknown as TimelineItem,
} as VisItem;

describe('timeline templates', () => {
  it('draw a fact’s label and tooltip as text, never as markup, with its language', () => {
    const label = itemElement(fact, format);
    expect(label.textContent).toBe(hostile);
    expect(label.querySelector('img')).toBeNull();
    expect(label.lang).toBe('de');
    expect(label.dataset.factId).toBe('f1');
    const tip = tooltipElement(fact, format);
    expect(tip.querySelector('img')).toBeNull();
    expect(tip.querySelector('strong')?.textContent).toBe(hostile);
    expect(tip.textContent).toContain('19.03.2018');
  });

  it('count a cluster vis made and label a density bar by its count', () => {
    expect(itemElement({ ...fact, isCluster: true, uiItems: [1, 2, 3] }, format).textContent).toBe(
      '3 Fakten',
    );
    const bar = { ...fact, item: undefined, bin: { count: 1234, selected: 2 } } as VisItem;
    expect(itemElement(bar, format).textContent).toBe('1.234');
    expect(tooltipElement(bar, format).textContent).toBe('1234 Faktendavon 2 ausgewählt');
  });

  it('name an era in its own language', () => {
    const era = {
      ...fact,
      item: undefined,
      era: { id: 'e', label: 'Red-Red-Green', labelLang: 'en', start: 0, end: 1 },
    } as VisItem;
    const band = itemElement(era, format);
    expect(band.textContent).toBe('Red-Red-Green');
    expect(band.lang).toBe('en');
  });
});
