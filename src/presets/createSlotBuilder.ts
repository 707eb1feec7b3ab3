import { success, type Result } from '../issues/Result.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import { buildKey } from './buildKey.js';
import { buildSlots } from './buildSlots.js';
import type { DeviationOptions } from './departmentIndicatorLeaf.js';
import type { DepartmentIndicator, PresetSlot } from './Preset.js';

/** How many built schemes a preset keeps: the latest ones; a batch of distinct documents only
 * ever holds this many (each with what the engine prepared of it). */
const keptSchemes = 64;

/** A preset's builder: the indicators and deviation rule in, the built scheme (or issues) out. */
export type SlotBuilder = (
  indicators: ReadonlyMap<string, readonly DepartmentIndicator[]>,
  deviation?: DeviationOptions,
) => Result<Scheme>;

/**
 * Makes a preset's builder ({@link buildSlots} over its slots and its assembly) that keeps the
 * schemes it built, keyed by everything a build reads ({@link buildKey}): a document whose own
 * indicators and options equal an earlier one's gets that very scheme back, deep-frozen, so that
 * the engine finds it validated and prepared. A build with issues is not kept. The store holds
 * the latest `limit` schemes, least recently used out first.
 *
 * @param slots - the preset's slots
 * @param assemble - puts the filled slots into the preset's tree; must return a deep-frozen scheme
 * @param limit - how many schemes to keep
 * @returns the builder
 *
 * @example
 * const fill = createSlotBuilder(slots, schemeWith);
 * fill(indicators, deviation); // → ok: the scheme; the same object for the same indicators again
 *
 * @internal
 */
export function createSlotBuilder(
  slots: readonly PresetSlot[],
  assemble: (filled: ReadonlyMap<string, IndicatorNode>) => Scheme,
  limit = keptSchemes,
): SlotBuilder {
  // A Map iterates in insertion order: its first key is the one used least recently.
  const kept = new Map<string, Scheme>();
  return (indicators, deviation) => {
    const key = buildKey(indicators, deviation);
    const known = kept.get(key);
    if (known !== undefined) {
      kept.delete(key);
      kept.set(key, known);
      return success(known);
    }
    const built = buildSlots(slots, indicators, assemble, deviation);
    if (!built.ok) return built;
    kept.set(key, built.value);
    if (kept.size > limit) {
      const [oldest] = kept.keys();
      if (oldest !== undefined) kept.delete(oldest);
    }
    return built;
  };
}
