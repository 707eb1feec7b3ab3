import type { Dec } from '../decimal/JixiaoDecimal.js';
import { invalidType, type ExpectedType } from '../evaluate/invalidType.js';
import { isRecord } from '../issues/isRecord.js';
import { readDecimal } from '../evaluate/readDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import { failureOf, success, type Result } from '../issues/Result.js';
import type { DepartmentIndicator, PresetBuildOptions } from './Preset.js';

/** A preset's `build` arguments as read: each slot's indicators, and the options. */
export interface BuildArguments {
  readonly indicators: ReadonlyMap<string, readonly DepartmentIndicator[]>;
  readonly options: PresetBuildOptions;
}

const anIndicatorMap: ExpectedType = {
  zh: '对象（指标位置 → 指标数组）',
  en: 'an object (slot → array of indicators)',
};
const aList: ExpectedType = { zh: '数组（该位置的指标）', en: "an array (the slot's indicators)" };
const anIndicator: ExpectedType = {
  zh: '对象 { id, name, weight, comparison, … }',
  en: 'an object { id, name, weight, comparison, … }',
};
const aString: ExpectedType = { zh: '字符串', en: 'a string' };
const aName: ExpectedType = { zh: '名称 { zh, en? }', en: 'a name { zh, en? }' };
const anOptionsObject: ExpectedType = {
  zh: '对象 { deviationReason? }',
  en: 'an object { deviationReason? }',
};
const aDeviationRule: ExpectedType = {
  zh: '对象 { above?, whenMissed? }',
  en: 'an object { above?, whenMissed? }',
};
const aBoolean: ExpectedType = { zh: '布尔值', en: 'a boolean' };

const comparisons: readonly unknown[] = ['>=', '>', '=', '<=', '<', 'qualitative'];
const weightBases: readonly unknown[] = ['report', 'assumed'];

function invalidValue(path: IssuePath, options: readonly unknown[], value: unknown): Issue {
  const expected = options.map((option) => JSON.stringify(option)).join(' | ');
  return createIssue(
    'invalid_value',
    path,
    { zh: `取值无效，应为 ${expected}`, en: `Invalid value; expected ${expected}` },
    { expected, received: typeof value === 'string' ? JSON.stringify(value) : typeof value },
  );
}

function isName(value: unknown): value is LocalizedText {
  return (
    isRecord(value) &&
    typeof value['zh'] === 'string' &&
    (value['en'] === undefined || typeof value['en'] === 'string')
  );
}

/** The decimal at `path`, read as the engine reads one; else nothing, with its issue. */
function decimalAt(value: unknown, path: IssuePath, issues: Issue[]): Dec | undefined {
  const read = readDecimal(value, path);
  if (read.ok) return read.value;
  issues.push(...read.issues);
  return undefined;
}

function isComparison(value: unknown): value is DepartmentIndicator['comparison'] {
  return comparisons.includes(value);
}

function isWeightBasis(value: unknown): value is 'report' | 'assumed' {
  return weightBases.includes(value);
}

/** The optional string at `key`; an issue when it is there and is not a string. */
function optionalString(
  data: Readonly<Record<string, unknown>>,
  key: string,
  path: IssuePath,
  issues: Issue[],
): { readonly ok: boolean; readonly value?: string } {
  const value = data[key];
  if (value === undefined) return { ok: true };
  if (typeof value === 'string') return { ok: true, value };
  issues.push(invalidType([...path, key], aString, value));
  return { ok: false };
}

function indicatorAt(
  value: unknown,
  path: IssuePath,
  issues: Issue[],
): DepartmentIndicator | undefined {
  if (!isRecord(value)) {
    issues.push(invalidType(path, anIndicator, value));
    return undefined;
  }
  const { id, name, comparison, weightBasis } = value;
  if (typeof id !== 'string') issues.push(invalidType([...path, 'id'], aString, id));
  if (!isName(name)) issues.push(invalidType([...path, 'name'], aName, name));
  if (!isComparison(comparison)) {
    issues.push(invalidValue([...path, 'comparison'], comparisons, comparison));
  }
  if (weightBasis !== undefined && !isWeightBasis(weightBasis)) {
    issues.push(invalidValue([...path, 'weightBasis'], weightBases, weightBasis));
  }
  const group = optionalString(value, 'group', path, issues);
  const targetText = optionalString(value, 'targetText', path, issues);
  const unit = optionalString(value, 'unit', path, issues);
  const weight = decimalAt(value['weight'], [...path, 'weight'], issues);
  const target =
    value['target'] === undefined
      ? undefined
      : decimalAt(value['target'], [...path, 'target'], issues);
  if (
    typeof id !== 'string' ||
    !isName(name) ||
    !isComparison(comparison) ||
    weight === undefined ||
    (value['target'] !== undefined && target === undefined) ||
    !group.ok ||
    !targetText.ok ||
    !unit.ok
  ) {
    return undefined;
  }
  return {
    id,
    name: name.en === undefined ? { zh: name.zh } : { zh: name.zh, en: name.en },
    weight,
    comparison,
    ...(group.value === undefined ? {} : { group: group.value }),
    ...(isWeightBasis(weightBasis) ? { weightBasis } : {}),
    ...(target === undefined ? {} : { target }),
    ...(targetText.value === undefined ? {} : { targetText: targetText.value }),
    ...(unit.value === undefined ? {} : { unit: unit.value }),
  };
}

function optionsAt(value: unknown, issues: Issue[]): PresetBuildOptions {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    issues.push(invalidType(['options'], anOptionsObject, value));
    return {};
  }
  const requested = value['deviationReason'];
  if (requested === undefined) return {};
  const path = ['deviationReason'];
  if (!isRecord(requested)) {
    issues.push(invalidType(path, aDeviationRule, requested));
    return {};
  }
  const { above, whenMissed } = requested;
  if (whenMissed !== undefined && typeof whenMissed !== 'boolean') {
    issues.push(invalidType([...path, 'whenMissed'], aBoolean, whenMissed));
  }
  const readAbove =
    above === undefined || above === false ? above : decimalAt(above, [...path, 'above'], issues);
  return {
    deviationReason: {
      ...(readAbove === undefined ? {} : { above: readAbove }),
      ...(typeof whenMissed === 'boolean' ? { whenMissed } : {}),
    },
  };
}

/**
 * Indicator maps the library made itself, each indicator as {@link indicatorAt} reads one (a
 * string id, a fresh name, a decimal weight and target on the library's constructor, in range, a
 * known comparison): the data-file reader's, which a preset's `build` need not read again. Only
 * the library adds to it; a caller's object is never in it.
 */
const readAlready = new WeakSet();

/** Whether the value is an indicator map the library read itself. */
function isReadAlready(
  value: unknown,
): value is Readonly<Record<string, readonly DepartmentIndicator[]>> {
  return typeof value === 'object' && value !== null && readAlready.has(value);
}

/**
 * Marks an indicator map the library made of indicators it read itself (a data file's rows), so
 * that a shipped preset's `build` takes its indicators as they are. The caller gives up the map:
 * nothing may change it after.
 *
 * @param indicators - slot → indicators, each as `readBuildArguments` would read it
 * @returns the same map
 *
 * @example
 * preset.build(readIndicators(Object.fromEntries(definitions)));
 *
 * @internal
 */
export function readIndicators<T extends Readonly<Record<string, readonly DepartmentIndicator[]>>>(
  indicators: T,
): T {
  readAlready.add(indicators);
  return indicators;
}

/**
 * Reads what a caller the compiler did not check passed a preset's `build`: the indicators an
 * object of slot → array of indicators, each with a string id, a name, a decimal weight (a
 * decimal, or a decimal written as text or a number, read onto the library's constructor), a
 * known comparison; the options an object whose deviation rule has a decimal `above` and a
 * boolean `whenMissed`. Keys are read with `Object.entries`, so a slot named `__proto__` is an
 * ordinary (unknown) slot.
 *
 * @param indicators - slot → the department's indicators
 * @param options - the build options
 * @returns the arguments as read, or every issue found, with its path in the data file's terms
 *
 * @example
 * readBuildArguments({ outputs: 5 }, {}); // → invalid_type at ['indicators', 'outputs']
 *
 * @internal
 */
export function readBuildArguments(indicators: unknown, options: unknown): Result<BuildArguments> {
  const issues: Issue[] = [];
  const slots = new Map<string, readonly DepartmentIndicator[]>();
  if (isReadAlready(indicators)) {
    for (const [slot, list] of Object.entries(indicators)) slots.set(slot, list);
  } else if (isRecord(indicators)) {
    const entries: [string, unknown][] = Object.entries(indicators);
    for (const [slot, list] of entries) {
      const path = ['indicators', slot];
      if (!Array.isArray(list)) {
        issues.push(invalidType(path, aList, list));
        continue;
      }
      const items: readonly unknown[] = list;
      slots.set(
        slot,
        items.flatMap((item, index) => indicatorAt(item, [...path, index], issues) ?? []),
      );
    }
  } else issues.push(invalidType(['indicators'], anIndicatorMap, indicators));
  const read = optionsAt(options, issues);
  return failureOf(issues) ?? success({ indicators: slots, options: read });
}
