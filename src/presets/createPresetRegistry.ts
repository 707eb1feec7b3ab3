import { createIssue } from '../issues/createIssue.js';
import { failure, success, type Result } from '../issues/Result.js';
import type { Preset } from './Preset.js';

/** Several versions of several schemes, found by explicit version or by the year evaluated. */
export interface PresetRegistry {
  readonly presets: readonly Preset[];
  /**
   * Finds a preset: `id@version` names one exactly; `id` with a `year` picks the version in force
   * that year; `id` alone works when only one version exists.
   */
  find(reference: string, options?: { readonly year?: number }): Result<PresetSelection>;
}

/** The preset found, and how: by its version, by the year, or as the only version. */
export interface PresetSelection {
  readonly preset: Preset;
  readonly by: 'version' | 'year' | 'only-version';
  readonly year?: number;
}

const covers = (preset: Preset, year: number): boolean =>
  preset.effectivePeriod.from <= year &&
  (preset.effectivePeriod.to === undefined || year <= preset.effectivePeriod.to);
const period = (preset: Preset): string =>
  `${preset.effectivePeriod.from}–${preset.effectivePeriod.to ?? ''}`;

/**
 * Builds a registry over the given presets (the shipped ones, or a test's own fixtures). A year no
 * version covers is an issue, never the nearest version.
 *
 * @param presets - the presets; versions of one id must not overlap in their periods
 * @returns the registry
 *
 * @example
 * createPresetRegistry(presets).find('national-project', { year: 2024 }); // → the version in force in 2024
 */
export function createPresetRegistry(presets: readonly Preset[]): PresetRegistry {
  const find = (
    reference: string,
    options: { readonly year?: number } = {},
  ): Result<PresetSelection> => {
    const [id = '', version] = reference.split('@');
    const versions = presets.filter((preset) => preset.id === id);
    const known = presets.map((preset) => `${preset.reference} (${period(preset)})`).join(', ');
    if (versions.length === 0) {
      return failure([
        createIssue(
          'unknown_preset',
          ['scheme'],
          {
            zh: `没有名为「${reference}」的内置方案（可用：${known}）`,
            en: `No shipped scheme "${reference}" (available: ${known})`,
          },
          { expected: known, received: reference },
        ),
      ]);
    }
    const { year } = options;
    if (version !== undefined) {
      const exact = versions.find((preset) => preset.version === version);
      if (exact === undefined) {
        return failure([
          createIssue(
            'unknown_preset',
            ['scheme'],
            {
              zh: `方案「${id}」没有版本 ${version}（可用：${known}）`,
              en: `The scheme "${id}" has no version ${version} (available: ${known})`,
            },
            { expected: known, received: reference },
          ),
        ]);
      }
      if (year !== undefined && !covers(exact, year)) {
        return failure([
          createIssue(
            'version_not_in_force',
            ['year'],
            {
              zh: `${exact.reference} 的适用年度为 ${period(exact)}，不含 ${year} 年`,
              en: `${exact.reference} is in force ${period(exact)}, not in ${year}`,
            },
            { expected: period(exact), received: String(year) },
          ),
        ]);
      }
      return success({ preset: exact, by: 'version', ...(year === undefined ? {} : { year }) });
    }
    if (year !== undefined) {
      const inForce = versions.filter((preset) => covers(preset, year));
      const [only] = inForce;
      if (only === undefined || inForce.length > 1) {
        const periods = versions
          .map((preset) => `${preset.reference} (${period(preset)})`)
          .join(', ');
        return failure([
          createIssue(
            inForce.length > 1 ? 'ambiguous_preset' : 'no_version_for_year',
            ['year'],
            inForce.length > 1
              ? {
                  zh: `${year} 年有多个「${id}」版本适用：${periods}`,
                  en: `Several versions of "${id}" are in force in ${year}: ${periods}`,
                }
              : {
                  zh: `「${id}」没有适用于 ${year} 年的版本（现有：${periods}）`,
                  en: `No version of "${id}" is in force in ${year} (there are: ${periods})`,
                },
            {
              expected: periods,
              received: String(year),
            },
          ),
        ]);
      }
      return success({ preset: only, by: 'year', year });
    }
    const [single] = versions;
    if (single !== undefined && versions.length === 1)
      return success({ preset: single, by: 'only-version' });
    const listed = versions.map((preset) => preset.reference).join(', ');
    return failure([
      createIssue(
        'ambiguous_preset',
        ['scheme'],
        {
          zh: `方案「${id}」有多个版本（${listed}），请写明版本或评价年度（year）`,
          en: `The scheme "${id}" has several versions (${listed}); name one, or give the year evaluated`,
        },
        { expected: listed, received: reference },
      ),
    ]);
  };
  return { presets, find };
}
