import type { RoundingMode, RoundingPolicy } from '../decimal/RoundingPolicy.js';
import type { LocalizedText } from '../issues/LocalizedText.js';

const modeNames: Readonly<Record<RoundingMode, Required<LocalizedText>>> = {
  'half-up': { zh: '四舍五入', en: 'half-up' },
  'half-even': { zh: '四舍六入五成双', en: 'half-even' },
  'half-down': { zh: '五舍六入', en: 'half-down' },
  down: { zh: '截尾', en: 'truncated' },
  up: { zh: '进位', en: 'rounded up' },
};

/**
 * Writes the frozen note of a leaf's rounding step, made once per evaluation and shared.
 *
 * @param policy - the scheme's rounding policy
 * @returns e.g. `{ zh: '保留 2 位小数（四舍五入）', en: '2 dp, half-up' }`
 *
 * @internal
 */
export function roundingNote(policy: RoundingPolicy): Required<LocalizedText> {
  const name = modeNames[policy.mode];
  return Object.freeze({
    zh: `保留 ${policy.scale} 位小数（${name.zh}）`,
    en: `${policy.scale} dp, ${name.en}`,
  });
}
