import { createIssue } from '../issues/createIssue.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { failure, success, type Result } from '../issues/Result.js';
import { typeOfValue, valueTypeNames } from '../issues/typeOfValue.js';
import { visibleText } from '../issues/visibleText.js';
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

const aPresetList = {
  zh: '内置方案数组（每项含字符串 id、version、reference 与适用年度 effectivePeriod）',
  en: 'an array of presets (each with a string id, version and reference, and an effectivePeriod)',
};

function isPreset(value: unknown): value is Preset {
  if (typeof value !== 'object' || value === null) return false;
  const field = (key: string): unknown => Reflect.get(value, key);
  const period = field('effectivePeriod');
  return (
    typeof field('id') === 'string' &&
    typeof field('version') === 'string' &&
    typeof field('reference') === 'string' &&
    typeof period === 'object' &&
    period !== null &&
    typeof Reflect.get(period, 'from') === 'number'
  );
}

/** The issue for a reference or options of the wrong type, given by an untyped caller. */
function wrongType(
  path: readonly string[],
  expected: { readonly zh: string; readonly en: string },
  value: unknown,
): Result<never> {
  const found = valueTypeNames[typeOfValue(value)];
  return failure([
    createIssue(
      'invalid_type',
      path,
      {
        zh: `应为${expected.zh}，收到的是${found.zh}`,
        en: `Expected ${expected.en}; received ${found.en}`,
      },
      { expected: expected.en, received: typeOfValue(value) },
    ),
  ]);
}

const aReference = {
  zh: '方案引用字符串（如 national-project@2020）',
  en: 'a scheme reference string (such as national-project@2020)',
};
const anOptionsObject = { zh: '对象 { year? }', en: 'an object { year? }' };
const aYear = { zh: '整数年度', en: 'a whole year' };

/** The reference and year as read from an untyped caller, or the issue. */
function readQuery(
  reference: unknown,
  options: unknown,
): Result<{ readonly reference: string; readonly year?: number }> {
  if (typeof reference !== 'string') return wrongType(['scheme'], aReference, reference);
  if (options === undefined) return success({ reference });
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return wrongType(['options'], anOptionsObject, options);
  }
  const year: unknown = Reflect.get(options, 'year');
  if (year === undefined) return success({ reference });
  if (typeof year !== 'number' || !Number.isInteger(year)) return wrongType(['year'], aYear, year);
  return success({ reference, year });
}

/**
 * Builds a registry over the given presets (the shipped ones, or a test's own fixtures). A year no
 * version covers is an issue, never the nearest version.
 *
 * @param presets - the presets; versions of one id must not overlap in their periods
 * @returns the registry; its `find` returns an issue for a reference or year of the wrong type
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes something other
 *   than an array of presets
 *
 * @example
 * createPresetRegistry(presets).find('national-project', { year: 2024 }); // → the version in force in 2024
 */
export function createPresetRegistry(presets: readonly Preset[]): PresetRegistry {
  const given: unknown = presets;
  if (!Array.isArray(given) || !given.every(isPreset)) {
    throw invalidArgument('presets', aPresetList, given);
  }
  const find = (
    reference: string,
    options?: { readonly year?: number },
  ): Result<PresetSelection> => {
    const query = readQuery(reference, options);
    if (!query.ok) return query;
    return findIn(query.value.reference, query.value.year);
  };
  const findIn = (reference: string, year: number | undefined): Result<PresetSelection> => {
    const shownReference = visibleText(reference);
    const [id = '', version] = reference.split('@');
    const shownId = visibleText(id);
    const versions = presets.filter((preset) => preset.id === id);
    const known = presets.map((preset) => `${preset.reference} (${period(preset)})`).join(', ');
    if (versions.length === 0) {
      return failure([
        createIssue(
          'unknown_preset',
          ['scheme'],
          {
            zh: `没有名为「${shownReference}」的内置方案（可用：${known}）`,
            en: `No shipped scheme "${shownReference}" (available: ${known})`,
          },
          { expected: known, received: reference },
        ),
      ]);
    }
    if (version !== undefined) {
      const exact = versions.find((preset) => preset.version === version);
      if (exact === undefined) {
        return failure([
          createIssue(
            'unknown_preset',
            ['scheme'],
            {
              zh: `方案「${shownId}」没有版本 ${visibleText(version)}（可用：${known}）`,
              en: `The scheme "${shownId}" has no version ${visibleText(version)} (available: ${known})`,
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
                  zh: `${year} 年有多个「${shownId}」版本适用：${periods}`,
                  en: `Several versions of "${shownId}" are in force in ${year}: ${periods}`,
                }
              : {
                  zh: `「${shownId}」没有适用于 ${year} 年的版本（现有：${periods}）`,
                  en: `No version of "${shownId}" is in force in ${year} (there are: ${periods})`,
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
          zh: `方案「${shownId}」有多个版本（${listed}），请写明版本或评价年度（year）`,
          en: `The scheme "${shownId}" has several versions (${listed}); name one, or give the year evaluated`,
        },
        { expected: listed, received: reference },
      ),
    ]);
  };
  return { presets, find };
}
