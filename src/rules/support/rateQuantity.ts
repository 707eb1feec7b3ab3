import type { LocalizedText } from '../../issues/LocalizedText.js';
import type { Quantity } from './ruleSupport.js';

/** The rate as a rule names it (支出率), or the default name of its quantity. */
export function rateQuantity(text: LocalizedText | undefined, fallback: Quantity): Quantity {
  return text === undefined
    ? fallback
    : { role: fallback.role, label: { zh: text.zh, en: text.en ?? fallback.label.en } };
}
