import { intlLocale } from '../time/fact-time';
import { numberFormat } from './intl-cache';
import type { Lang } from './lang';

export interface Amount {
  readonly value: number;
  /** ISO 4217 code, e.g. `EUR`. */
  readonly currency: string;
}

/** de `477.970 €`, en `€477,970`; cents only when the amount has them. */
export function formatAmount(amount: Amount, lang: Lang): string {
  const whole = Number.isInteger(amount.value);
  return numberFormat(intlLocale(lang), {
    style: 'currency',
    currency: amount.currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount.value);
}
