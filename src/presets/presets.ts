import { createIssue } from '../result/createIssue.js';
import { failure, success, type Result } from '../result/Result.js';
import { gzDepartmentOverall2023 } from './gzDepartmentOverall2023.js';
import type { Preset } from './Preset.js';

/** Every scheme that ships with the package. */
export const presets: readonly Preset[] = Object.freeze([gzDepartmentOverall2023]);

/**
 * Finds a shipped scheme by `id@version` (or by id, when only one version ships).
 *
 * @param reference - e.g. `gz-department-overall@2023`
 * @returns the preset, or an `unknown_preset` issue listing those that exist
 *
 * @example
 * findPreset('gz-department-overall@2023'); // → ok
 */
export function findPreset(reference: string): Result<Preset> {
  const [id, version] = reference.split('@');
  const matches = presets.filter((preset) => preset.id === id && (version === undefined || preset.version === version));
  const [only] = matches;
  if (only !== undefined && matches.length === 1) return success(only);
  const known = presets.map((preset) => preset.reference).join(', ');
  return failure([
    createIssue(
      matches.length > 1 ? 'ambiguous_preset' : 'unknown_preset',
      ['scheme'],
      matches.length > 1
        ? { zh: `方案「${reference}」有多个版本，请写明版本（${known}）`, en: `The scheme "${reference}" has several versions; name one (${known})` }
        : { zh: `没有名为「${reference}」的内置方案（可用：${known}）`, en: `No shipped scheme "${reference}" (available: ${known})` },
      { expected: known, received: reference },
    ),
  ]);
}
