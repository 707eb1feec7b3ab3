import { parseDecimal } from '../decimal/parseDecimal.js';
import { deepFrozenScheme } from '../evaluate/deepFrozenScheme.js';
import { defaultEngine } from '../evaluate/defaultEngine.js';
import type { PresetRegistry } from '../presets/createPresetRegistry.js';
import type { DepartmentIndicator } from '../presets/Preset.js';
import { readIndicators } from '../presets/readBuildArguments.js';
import { createIssue } from '../issues/createIssue.js';
import { issueAt } from '../issues/issueAt.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { failure, failureOf, success, type Result } from '../issues/Result.js';
import { isRecord } from '../issues/isRecord.js';
import type { LeafInput } from '../rules/LeafInput.js';
import { definedFields } from './definedFields.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import { visibleText } from '../issues/visibleText.js';
import type { DataFile } from './DataFile.js';
import type { DataFileFields, DepartmentRow } from './dataFileJson.js';
import { percentTargetsWithoutSign } from './percentTargetsWithoutSign.js';
import { percentWrittenWithoutSign } from './percentWrittenWithoutSign.js';

/**
 * Schemes a preset built that were found deep-frozen: a preset keeps what it built, and a frozen
 * object stays frozen, so a scheme met again is not walked again to tell.
 */
const frozenBuilt = new WeakSet<Scheme>();

/** The scheme a preset built, deep-frozen (itself when it was already, as the shipped ones are). */
function deepFrozenBuilt(built: Scheme): Scheme {
  if (frozenBuilt.has(built)) return built;
  const scheme = deepFrozenScheme(built);
  if (scheme === built) frozenBuilt.add(built);
  return scheme;
}

/** A top-level field of a data file as written (the file was read as an object by then). */
function rawFieldOf(json: unknown, key: string): unknown {
  return isRecord(json) && Object.hasOwn(json, key) ? json[key] : undefined;
}

/** The `inputs` of a data file as written (the file was read as an object by then). */
function rawInputsOf(json: unknown): unknown {
  return typeof json === 'object' && json !== null && 'inputs' in json ? json.inputs : undefined;
}

/** The inline scheme's `indicators` as written. */
function rawIndicatorsOf(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || !('scheme' in json)) return undefined;
  const { scheme } = json;
  return typeof scheme === 'object' && scheme !== null && 'indicators' in scheme
    ? scheme.indicators
    : undefined;
}

/** The words a table writes for a qualitative result, and the level each means (a Map: a word
 * such as `constructor` or `toString` is looked up as any other, never found on a prototype). */
const levelWords: ReadonlyMap<string, string> = new Map([
  ['达成', 'achieved'],
  ['已达成', 'achieved'],
  ['完成', 'achieved'],
  ['已完成', 'achieved'],
  ['按期完成', 'achieved'],
  ['全部完成', 'achieved'],
  ['是', 'achieved'],
  ['合规', 'achieved'],
  ['部分达成', 'partly-achieved'],
  ['部分完成', 'partly-achieved'],
  ['基本完成', 'partly-achieved'],
  ['基本达成', 'partly-achieved'],
  ['未达成', 'not-achieved'],
  ['未完成', 'not-achieved'],
  ['否', 'not-achieved'],
  ['不合规', 'not-achieved'],
]);

/** Whether a value as written ends in a percent sign (`95%`, `95 ％`). */
const writtenAsPercent = (written: unknown): written is string =>
  typeof written === 'string' && /[%％]\s*$/u.test(written);

/**
 * A percentage where an amount or a count is written: `95%` for 全年执行数 in 万元, or `1200%`
 * for a target of ≥12个, would be read as 0.95 or 12 and score silently wrong.
 */
function percentNotExpected(path: IssuePath, written: string, unit: string): Issue {
  const shown = visibleText(written);
  const inUnit = visibleText(unit);
  return createIssue(
    'percent_not_expected',
    path,
    {
      zh: `此处应为以「${inUnit}」计的数值，不是百分比：「${shown}」`,
      en: `Expected a number in ${inUnit} here, not a percentage: "${shown}"`,
    },
    { expected: `a number in ${unit}`, received: written },
  );
}

function rowInput(
  row: DepartmentRow,
  path: readonly (string | number)[],
): Result<LeafInput | undefined> {
  const { indicator, result } = row;
  const reason =
    result.deviationReason ??
    (indicator.comparison === 'qualitative' ? result.evidence : undefined);
  const common = {
    ...(reason === undefined ? {} : { reason }),
    ...(result.evidence === undefined ? {} : { evidence: result.evidence }),
  };
  if (result.actual === undefined)
    return success(
      result.score === undefined && reason === undefined
        ? undefined
        : { ...common, ...(result.score === undefined ? {} : { score: result.score }) },
    );
  if (indicator.comparison === 'qualitative') {
    const word = result.actual.trim();
    return success({
      level: levelWords.get(word) ?? word,
      ...(result.score === undefined ? {} : { score: result.score }),
      ...common,
    });
  }
  const unit = indicator.unit;
  // A target in a unit (个, 万元) is a count or an amount: its result is one too, never a rate.
  if (unit !== undefined && unit !== '%' && writtenAsPercent(result.actual))
    return failure([percentNotExpected([...path, 'actual'], result.actual, unit)]);
  const written =
    unit !== undefined && unit !== '%' && result.actual.trim().endsWith(unit)
      ? result.actual.trim().slice(0, -unit.length)
      : result.actual;
  const actual = parseDecimal(written, [...path, 'actual']);
  if (!actual.ok) return actual;
  return success({ actual: actual.value, ...common });
}

/** Where a department row's results go in the built scheme's path: its own key, or the row. */
function rowFieldPath(rest: IssuePath): IssuePath {
  const [field, next] = rest;
  if (field === 'weight' || field === 'id' || field === 'name') return [field];
  if (field === 'rule' && next === 'target') return ['target'];
  if (field === 'description') return ['targetText'];
  return [];
}

/**
 * Puts an issue found in a scheme built from a preset back where the data file wrote it: an
 * issue in a department row's leaf (`indicators[0].children[1].children[0].weight` in the built
 * scheme) is at that row (`indicators.outputs[0].weight`), one in a slot or group at the slot.
 * Issues in the preset's own nodes keep the built scheme's path.
 */
function inFilePaths(
  issues: readonly Issue[],
  scheme: Scheme,
  rows: Readonly<Record<string, readonly DepartmentRow[]>>,
): readonly Issue[] {
  const filePaths = new Map<string, { readonly path: IssuePath; readonly row: boolean }>();
  for (const [slot, list] of Object.entries(rows)) {
    filePaths.set(slot, { path: ['indicators', slot], row: false });
    list.forEach((row, index) => {
      filePaths.set(row.indicator.id, { path: ['indicators', slot, index], row: true });
      if (row.indicator.group !== undefined)
        filePaths.set(`${slot}/${row.indicator.group}`, { path: ['indicators', slot], row: false });
    });
  }
  return issues.map((found) => {
    let nodes: readonly IndicatorNode[] = scheme.indicators;
    let mapped:
      { readonly path: IssuePath; readonly rest: IssuePath; readonly row: boolean } | undefined;
    // The path runs indicators, i, children, j, …: follow it down the built tree.
    for (let at = 0; found.path[at] === (at === 0 ? 'indicators' : 'children'); at += 2) {
      const index = found.path[at + 1];
      const node = typeof index === 'number' ? nodes[index] : undefined;
      if (node === undefined) break;
      const place = filePaths.get(node.id);
      if (place !== undefined)
        mapped = { path: place.path, rest: found.path.slice(at + 2), row: place.row };
      if (node.type !== 'category') break;
      nodes = node.children;
    }
    if (mapped === undefined) return found;
    const path = [...mapped.path, ...(mapped.row ? rowFieldPath(mapped.rest) : [])];
    return issueAt(found, path);
  });
}

/**
 * The second half of reading a data file, once its fields are read (by zod, or without it by
 * `quickDataFile`): resolves the named preset, fills its slots with the file's own indicators,
 * turns table rows and budget figures into inputs, and checks the scheme and inputs. Imports no
 * zod, so that the command line reads a well-formed file without loading it.
 *
 * @param json - the parsed JSON value the fields were read from (for what only it shows, such
 *   as a percentage written without its sign)
 * @param fields - the file's fields, as the data-file form reads them
 * @param presets - the presets to resolve a preset name against
 * @returns the scheme and inputs ready for `evaluate`, or every issue with its path in the file
 *
 * @example
 * const fields = quickDataFile(json);
 * if (fields !== undefined) resolveDataFile(json, fields, shippedPresets);
 */
export function resolveDataFile(
  json: unknown,
  fields: DataFileFields,
  presets: PresetRegistry,
): Result<DataFile> {
  const {
    scheme: named,
    department,
    project,
    indicators: rows,
    inputs: given = {},
    budget,
    year,
    deviationReason,
  } = fields;
  const about = {
    ...(department === undefined ? {} : { department }),
    ...(project === undefined ? {} : { project: definedFields(project) }),
    ...(budget === undefined ? {} : { budget: definedFields(budget) }),
  };
  if (typeof named !== 'string') {
    const stray = (['indicators', 'budget', 'year', 'deviationReason'] as const).filter(
      (key) => fields[key] !== undefined,
    );
    const misplaced = failureOf(
      stray.map((key) =>
        createIssue('unexpected_for_inline_scheme', [key], {
          zh: `内联方案没有预设的指标位置或预算指标，「${key}」应写入方案或 inputs`,
          en: `An inline scheme has no preset slots or budget indicator; put "${key}" in the scheme or the inputs`,
        }),
      ),
    );
    if (misplaced !== undefined) return misplaced;
    // Deep-frozen and checked by the default engine, which evaluate then need not check again.
    const scheme = deepFrozenScheme(named);
    const inScheme = defaultEngine.validateScheme(scheme);
    const invalid = failureOf([
      ...inScheme.map((found) => issueAt(found, ['scheme', ...found.path])),
      ...percentTargetsWithoutSign(rawIndicatorsOf(json), ['scheme', 'indicators']),
      ...percentWrittenWithoutSign(scheme, rawInputsOf(json)),
    ]);
    return invalid ?? success({ scheme, inputs: given, ...about });
  }
  const selection = presets.find(named, year === undefined ? {} : { year });
  if (!selection.ok) return selection;
  const { preset } = selection.value;
  // Maps, made into objects at the end: an id or slot is a key as any other (reserved ones were
  // refused when the file was read).
  const definitions = new Map<string, readonly DepartmentIndicator[]>();
  const inputs = new Map<string, LeafInput>(Object.entries(given));
  const places = new Map<string, readonly (string | number)[]>();
  const issues: Issue[] = [];
  for (const [slot, list] of Object.entries(rows ?? {})) {
    definitions.set(
      slot,
      list.map((row) => row.indicator),
    );
    list.forEach((row, index) => {
      const path = ['indicators', slot, index];
      const input = rowInput(row, path);
      if (!input.ok) {
        issues.push(...input.issues);
        return;
      }
      if (input.value === undefined) {
        // No result in the row: an input missing is missing there, unless `inputs` gives it.
        if (!Object.hasOwn(given, row.indicator.id)) places.set(row.indicator.id, path);
        return;
      }
      if (Object.hasOwn(given, row.indicator.id)) {
        const shown = visibleText(row.indicator.id);
        issues.push(
          createIssue('conflicting_input_fields', ['inputs', row.indicator.id], {
            zh: `「${shown}」的实际完成值已在指标行中给出，inputs 中不应重复`,
            en: `"${shown}" has its results in its indicator row; inputs must not repeat them`,
          }),
        );
        return;
      }
      inputs.set(row.indicator.id, input.value);
      places.set(row.indicator.id, path);
    });
  }
  if (budget !== undefined) {
    // Amounts (万元): the execution rate is worked out of them, never written as one of them.
    const rawBudget = rawFieldOf(json, 'budget');
    for (const field of ['initial', 'fullYear', 'executed'] as const) {
      const written = isRecord(rawBudget) ? rawBudget[field] : undefined;
      if (writtenAsPercent(written))
        issues.push(percentNotExpected(['budget', field], written, budget.unit ?? '万元'));
    }
    const target = preset.budgetIndicator;
    if (target === undefined)
      issues.push(
        createIssue('unexpected_budget', ['budget'], {
          zh: `方案 ${preset.reference} 没有预算执行率指标`,
          en: `The scheme ${preset.reference} has no budget execution indicator`,
        }),
      );
    else if (Object.hasOwn(given, target))
      issues.push(
        createIssue('conflicting_input_fields', ['inputs', target], {
          zh: `预算执行情况已在 budget 中给出，inputs 中不应重复「${visibleText(target)}」`,
          en: `The budget figures are given in "budget"; inputs must not repeat "${visibleText(target)}"`,
        }),
      );
    else {
      inputs.set(target, { actual: budget.executed, target: budget.fullYear });
      places.set(target, ['budget']);
    }
  }
  const invalidRows = failureOf(issues);
  if (invalidRows !== undefined) return invalidRows;
  const built = preset.build(
    // Each indicator was read with its row: a shipped preset takes them as they are.
    readIndicators(Object.fromEntries(definitions)),
    deviationReason === undefined
      ? {}
      : {
          deviationReason: {
            ...(deviationReason.above === undefined ? {} : { above: deviationReason.above }),
            ...(deviationReason.whenMissed === undefined
              ? {}
              : { whenMissed: deviationReason.whenMissed }),
          },
        },
  );
  if (!built.ok) return built;
  const scheme = deepFrozenBuilt(built.value);
  const invalid = failureOf([
    ...inFilePaths(defaultEngine.validateScheme(scheme), scheme, rows ?? {}),
    ...percentWrittenWithoutSign(scheme, rawInputsOf(json)),
  ]);
  const { by, year: yearChosen } = selection.value;
  const chosen = {
    reference: preset.reference,
    by,
    ...(yearChosen === undefined ? {} : { year: yearChosen }),
  };
  return (
    invalid ??
    success({
      scheme,
      inputs: Object.fromEntries(inputs),
      ...(places.size === 0 ? {} : { inputPlaces: Object.fromEntries(places) }),
      preset: preset.reference,
      selection: chosen,
      ...about,
    })
  );
}
