import type { Dec } from '../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { deepFrozenScheme } from '../evaluate/deepFrozenScheme.js';
import { defaultEngine } from '../evaluate/defaultEngine.js';
import type { PresetRegistry, PresetSelection } from '../presets/createPresetRegistry.js';
import type { DepartmentIndicator } from '../presets/Preset.js';
import { shippedPresets } from '../presets/presets.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/Issue.js';
import { failure, failureOf, success, type Result } from '../issues/Result.js';
import type { Inputs, LeafInput } from '../rules/LeafInput.js';
import type { Scheme } from '../scheme/Scheme.js';
import {
  dataFileJson,
  type DataFileFields,
  type DepartmentInfo,
  type DepartmentRow,
} from './dataFileJson.js';
import { quickDataFile } from './quickDataFile.js';
import { percentTargetsWithoutSign } from './percentTargetsWithoutSign.js';
import { percentWrittenWithoutSign } from './percentWrittenWithoutSign.js';
import { issuesFromZod } from './issuesFromZod.js';
import { defined } from '../rules/support/jsonPrimitives.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { IssuePath } from '../issues/Issue.js';
import { visibleText } from '../issues/visibleText.js';
import type { IndicatorNode } from '../scheme/Scheme.js';
import { nestingTooDeep } from './nestingTooDeep.js';
import { parseJsonWith } from './parseJsonWith.js';

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

/** A data file read and resolved: the scheme to score, its inputs, and whom they describe. */
export interface DataFile {
  readonly scheme: Scheme;
  readonly inputs: Inputs;
  /** The preset named, when the file named one. */
  readonly preset?: string;
  /** How the preset version was chosen: by its version, by the year evaluated, or as the only one. */
  readonly selection?: {
    readonly reference: string;
    readonly by: PresetSelection['by'];
    readonly year?: number;
  };
  readonly department?: DepartmentInfo;
  readonly project?: {
    readonly name: string;
    readonly department?: string;
    readonly code?: string;
  };
  /** 年初预算数 / 全年预算数 / 全年执行数, as given. */
  readonly budget?: {
    readonly initial?: Dec;
    readonly fullYear: Dec;
    readonly executed: Dec;
    readonly unit?: string;
  };
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
    return createIssue(found.code, path, found.message, {
      ...(found.expected === undefined ? {} : { expected: found.expected }),
      ...(found.received === undefined ? {} : { received: found.received }),
    });
  });
}

/**
 * The file's fields: read without zod when every value is what the form accepts (the usual
 * document naming a preset), else checked for nesting and read by zod, with its issues.
 */
function readFields(json: unknown): Result<DataFileFields> {
  const quick = quickDataFile(json);
  if (quick !== undefined) return success(quick);
  const tooDeep = nestingTooDeep(json, []);
  if (tooDeep !== undefined) return failure([tooDeep]);
  const parsed = parseJsonWith(dataFileJson, json);
  return parsed.success ? success(parsed.data) : failure(issuesFromZod(parsed.error));
}

/** The error for options an untyped caller got wrong, or undefined. */
function invalidOptions(options: unknown): ReturnType<typeof invalidArgument> | undefined {
  const expected = { zh: '选项对象 { presets? }', en: 'an options object { presets? }' };
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return invalidArgument('options', expected, options);
  const presets: unknown = Object.getOwnPropertyDescriptor(options, 'presets')?.value;
  if (
    presets !== undefined &&
    (typeof presets !== 'object' ||
      presets === null ||
      !('find' in presets) ||
      typeof presets.find !== 'function')
  )
    return invalidArgument(
      'presets',
      {
        zh: '预设方案注册表（createPresetRegistry）',
        en: 'a preset registry (createPresetRegistry)',
      },
      presets,
    );
  return undefined;
}

/**
 * Reads a data file (as `JSON.parse` returns it): resolves the named preset (by version, or by the
 * year evaluated), fills its slots with the department's or project's own indicators, turns table
 * rows and budget figures into inputs, and checks everything a scheme and inputs are checked for.
 *
 * @param json - the parsed JSON value
 * @param options - the presets to resolve names against (default: the shipped ones)
 * @returns the scheme and inputs ready for `evaluate`, or every issue with its path in the file
 *   (anything that is not a data file, from an untyped caller too, is an issue, never a throw)
 *
 * @example
 * const data = parseDataFile(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));
 * if (data.ok) evaluate(data.value.scheme, data.value.inputs);
 */
export function parseDataFile(
  json: unknown,
  options: { readonly presets?: PresetRegistry } = {},
): Result<DataFile> {
  const invalidOption = invalidOptions(options);
  if (invalidOption !== undefined) return failure(invalidOption.issues);
  const read = readFields(json);
  if (!read.ok) return read;
  const fields = read.value;
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
    ...(project === undefined ? {} : { project: defined(project) }),
    ...(budget === undefined ? {} : { budget: defined(budget) }),
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
      ...inScheme.map((found) =>
        createIssue(found.code, ['scheme', ...found.path], found.message, {
          ...(found.expected === undefined ? {} : { expected: found.expected }),
          ...(found.received === undefined ? {} : { received: found.received }),
        }),
      ),
      ...percentTargetsWithoutSign(rawIndicatorsOf(json), ['scheme', 'indicators']),
      ...percentWrittenWithoutSign(scheme, rawInputsOf(json)),
    ]);
    return invalid ?? success({ scheme, inputs: given, ...about });
  }
  const selection = (options.presets ?? shippedPresets).find(
    named,
    year === undefined ? {} : { year },
  );
  if (!selection.ok) return selection;
  const { preset } = selection.value;
  // Maps, made into objects at the end: an id or slot is a key as any other (reserved ones were
  // refused when the file was read).
  const definitions = new Map<string, readonly DepartmentIndicator[]>();
  const inputs = new Map<string, LeafInput>(Object.entries(given));
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
      if (input.value === undefined) return;
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
    });
  }
  if (budget !== undefined) {
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
    else inputs.set(target, { actual: budget.executed, target: budget.fullYear });
  }
  const invalidRows = failureOf(issues);
  if (invalidRows !== undefined) return invalidRows;
  const built = preset.build(
    Object.fromEntries(definitions),
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
      preset: preset.reference,
      selection: chosen,
      ...about,
    })
  );
}
