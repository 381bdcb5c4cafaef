import type { VisItem } from './timeline-rows';

/**
 * How vis-timeline's rows become elements: every dataset text goes in by `textContent`, never
 * as markup (vis would otherwise set `content` as HTML).
 */

export interface TimelineAxisFormat {
  /** Axis labels in the UI language, by `Intl`. */
  minor(date: Date, scale: string): string;
  major(date: Date, scale: string): string;
  /** "N Fakten" on a cluster or a density bar. */
  cluster(count: number): string;
  /** "davon N ausgewählt", on a density bar with selected facts. */
  selectedOf(count: number): string;
  /** A bare count ("1.234"), the label of a density bar. */
  count(count: number): string;
}

export function textElement(
  tag: string,
  text: string,
  className?: string,
  lang?: string,
): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  if (lang) element.lang = lang;
  return element;
}

/** What an item, a cluster vis made, a density bar or an era's band shows on the timeline. */
export function itemElement(
  data: VisItem & { isCluster?: boolean; items?: unknown[]; uiItems?: unknown[] },
  format: TimelineAxisFormat | null,
): HTMLElement {
  if (data.isCluster) {
    const count = data.uiItems?.length ?? data.items?.length ?? 0;
    return textElement('span', format?.cluster(count) ?? String(count), 'timeline-cluster');
  }
  if (data.bin) {
    const text = format?.count(data.bin.count) ?? String(data.bin.count);
    return textElement('span', text, 'timeline-density__label');
  }
  if (data.era) return textElement('span', data.era.label, 'tl-era__label', data.era.labelLang);
  const element = textElement(
    'span',
    data.item!.label,
    'timeline-item__label',
    data.item!.labelLang,
  );
  element.dataset.factId = data.id;
  return element;
}

/** The tooltip: an era's name, a bar's count (and how many of it are selected), a fact's lines. */
export function tooltipElement(data: VisItem, format: TimelineAxisFormat | null): HTMLElement {
  const element = document.createElement('div');
  if (data.era) {
    element.append(textElement('strong', data.era.label, undefined, data.era.labelLang));
    return element;
  }
  if (data.bin) {
    element.append(textElement('strong', format?.cluster(data.bin.count) ?? ''));
    if (data.bin.selected > 0) {
      element.append(textElement('div', format?.selectedOf(data.bin.selected) ?? ''));
    }
    return element;
  }
  for (const [i, line] of (data.item?.tooltip ?? []).entries()) {
    element.append(textElement(i === 0 ? 'strong' : 'div', line.text, undefined, line.lang));
  }
  return element;
}
