import type { Result } from '../issues/Result.js';
import { createPresetRegistry, type PresetRegistry } from './createPresetRegistry.js';
import { gzDepartmentOverall2023 } from './gzDepartmentOverall2023.js';
import { nationalProject2020 } from './nationalProject2020.js';
import type { Preset } from './Preset.js';

/**
 * Every scheme that ships with the package.
 *
 * @example
 * presets.map((preset) => preset.reference); // → ['gz-department-overall@2023', 'national-project@2020']
 */
export const presets: readonly Preset[] = Object.freeze([
  gzDepartmentOverall2023,
  nationalProject2020,
]);

/**
 * The registry of the shipped schemes.
 *
 * @example
 * shippedPresets.find('national-project@2020').ok; // → true
 */
export const shippedPresets: PresetRegistry = createPresetRegistry(presets);

/**
 * Finds a shipped scheme by `id@version`, or by id and the year evaluated.
 *
 * @param reference - e.g. `gz-department-overall@2023`, or `national-project`
 * @param options - the year evaluated, to pick the version in force
 * @returns the preset, or an issue listing those that exist (or saying that the reference or the
 *   year is of the wrong type)
 *
 * @example
 * findPreset('gz-department-overall@2023'); // → ok
 */
export function findPreset(
  reference: string,
  options?: { readonly year?: number },
): Result<Preset> {
  const found = shippedPresets.find(reference, options);
  return found.ok ? { ok: true, value: found.value.preset } : found;
}
