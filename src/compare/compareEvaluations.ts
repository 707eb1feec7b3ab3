import { deepFreeze } from '../evaluation/deepFreeze.js';
import type { Evaluation, NodeResult } from '../evaluation/Evaluation.js';
import { requireEvaluation } from '../evaluation/requireEvaluation.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { isRecord } from '../issues/isRecord.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import { decimalChange, readDecimalText } from './decimalChange.js';
import type {
  ComparedEvaluation,
  ComparedIndicator,
  EvaluationComparison,
  IndicatorChange,
  IndicatorChangeStatus,
  IndicatorComparison,
} from './EvaluationComparison.js';
import { normalizedName } from './normalizedName.js';

/** Options of {@link compareEvaluations}. */
export interface CompareOptions {
  /**
   * Whether an indicator whose id is in one year only is matched by its name path (default
   * `true`); with `false`, only ids match.
   */
  readonly matchByName?: boolean;
}

/** A node of one year's tree, with where it stands. */
interface Entry {
  readonly node: NodeResult;
  readonly parent: Entry | undefined;
  /** Its place among its parent's children (or among the top-level nodes). */
  readonly index: number;
  readonly parentNames: readonly LocalizedText[];
  readonly children: readonly Entry[];
}

/** One year's tree as entries, and every entry in tree order. */
function entriesOf(evaluation: Evaluation): {
  readonly top: readonly Entry[];
  readonly all: readonly Entry[];
} {
  const all: Entry[] = [];
  const build = (
    node: NodeResult,
    index: number,
    parent: Entry | undefined,
    parentNames: readonly LocalizedText[],
  ): Entry => {
    const children: Entry[] = [];
    const entry: Entry = { node, parent, index, parentNames, children };
    all.push(entry);
    if (node.type === 'category') {
      const names = [...parentNames, node.name];
      node.children.forEach((child, at) => children.push(build(child, at, entry, names)));
    }
    return entry;
  };
  const top = evaluation.indicators.map((node, index) => build(node, index, undefined, []));
  return { top, all };
}

/** Entries by a key, keeping only the keys that one entry has. */
function uniqueBy(
  entries: readonly Entry[],
  keyOf: (entry: Entry) => string,
): ReadonlyMap<string, Entry> {
  const seen = new Map<string, Entry | null>();
  for (const entry of entries) {
    const key = keyOf(entry);
    seen.set(key, seen.has(key) ? null : entry);
  }
  const unique = new Map<string, Entry>();
  for (const [key, entry] of seen) if (entry !== null) unique.set(key, entry);
  return unique;
}

/** The key of an entry's type and name path (its categories' names and its own, normalised). */
const namePathKey = (entry: Entry): string =>
  JSON.stringify([
    entry.node.type,
    ...[...entry.parentNames, entry.node.name].map((name) => normalizedName(name.zh)),
  ]);

/** Pairs the entries of two trees: by id, then (if asked) by name path among the rest. */
function matchEntries(
  before: readonly Entry[],
  after: readonly Entry[],
  matchByName: boolean,
): {
  readonly afterOf: ReadonlyMap<Entry, Entry>;
  readonly beforeOf: ReadonlyMap<Entry, Entry>;
  readonly byName: ReadonlySet<Entry>;
} {
  const afterOf = new Map<Entry, Entry>();
  const beforeOf = new Map<Entry, Entry>();
  const byName = new Set<Entry>();
  const pair = (from: Entry, to: Entry): void => {
    afterOf.set(from, to);
    beforeOf.set(to, from);
  };
  const afterById = uniqueBy(after, (entry) => entry.node.id);
  for (const [id, entry] of uniqueBy(before, (each) => each.node.id)) {
    const other = afterById.get(id);
    if (other?.node.type === entry.node.type) pair(entry, other);
  }
  if (!matchByName) return { afterOf, beforeOf, byName };
  const afterByName = uniqueBy(
    after.filter((entry) => !beforeOf.has(entry)),
    namePathKey,
  );
  const beforeByName = uniqueBy(
    before.filter((entry) => !afterOf.has(entry)),
    namePathKey,
  );
  for (const [key, entry] of beforeByName) {
    const other = afterByName.get(key);
    if (other === undefined) continue;
    pair(entry, other);
    byName.add(other);
  }
  return { afterOf, beforeOf, byName };
}

/** A JSON value written with its object keys sorted, so that key order never counts. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const fields = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${fields.join(',')}}`;
  }
  // A JSON value has no undefined; were one there, it would stand for what JSON writes.
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** The kind a leaf's rule names, `null` for a category (or a rule without a kind). */
function ruleKindOf(node: NodeResult): string | null {
  if (node.type !== 'leaf') return null;
  const { rule } = node;
  return isRecord(rule) && typeof rule['kind'] === 'string' ? rule['kind'] : null;
}

/** One side of a row. */
function sideOf(entry: Entry): ComparedIndicator {
  const { node } = entry;
  return {
    id: node.id,
    name: node.name,
    path: node.path,
    parentNames: entry.parentNames,
    weight: node.weight,
    status: node.status,
    score: node.score,
    scoreRatePercent: node.scoreRatePercent,
    ruleKind: ruleKindOf(node),
  };
}

const sameName = (first: LocalizedText, second: LocalizedText): boolean =>
  first.zh === second.zh && first.en === second.en;

/** Whether two decimal strings are one value (`"3"` and `"3.00"` are). */
const sameValue = (first: string, second: string, parameter: string): boolean =>
  readDecimalText(first, parameter).equals(readDecimalText(second, parameter));

/** What differs between the two sides of a matched indicator, in a fixed order. */
function changesOf(before: NodeResult, after: NodeResult): readonly IndicatorChange[] {
  const changes: IndicatorChange[] = [];
  if (!sameName(before.name, after.name)) changes.push('name');
  if (!sameValue(before.weight, after.weight, 'weight')) changes.push('weight');
  const scoreDiffers =
    before.score === null || after.score === null
      ? before.score !== after.score
      : !sameValue(before.score, after.score, 'score');
  if (scoreDiffers) changes.push('score');
  if (before.status !== after.status) changes.push('applicability');
  if (before.type === 'leaf' && after.type === 'leaf') {
    if (ruleKindOf(before) !== ruleKindOf(after)) changes.push('ruleKind');
    else if (canonicalJson(before.rule) !== canonicalJson(after.rule))
      changes.push('ruleParameters');
  }
  return changes;
}

/** The change of two optional decimal strings: `null` unless both are given. */
const changeOf = (
  before: string | null | undefined,
  after: string | null | undefined,
  parameter: string,
): string | null =>
  before === null || before === undefined || after === null || after === undefined
    ? null
    : decimalChange(before, after, parameter);

/** The row of a matched, added or removed indicator. */
function rowOf(
  before: Entry | undefined,
  after: Entry | undefined,
  depth: number,
  status: IndicatorChangeStatus,
  matchedBy: IndicatorComparison['matchedBy'],
  changes: readonly IndicatorChange[],
): IndicatorComparison {
  const node = after?.node ?? before?.node;
  if (node === undefined) throw new Error('unreachable: a row has at least one side');
  return {
    type: node.type,
    depth,
    status,
    matchedBy,
    changes,
    before: before === undefined ? null : sideOf(before),
    after: after === undefined ? null : sideOf(after),
    weightChange: changeOf(before?.node.weight, after?.node.weight, 'weight'),
    scoreChange: changeOf(before?.node.score, after?.node.score, 'score'),
    scoreRateChange: changeOf(
      before?.node.scoreRatePercent,
      after?.node.scoreRatePercent,
      'scoreRatePercent',
    ),
  };
}

/** The whole of one year, for the comparison's `before` and `after`. */
function comparedEvaluation(evaluation: Evaluation): ComparedEvaluation {
  const { scheme } = evaluation;
  return {
    scheme: { id: scheme.id, version: scheme.version, title: scheme.title },
    fullMarks: evaluation.fullMarks,
    rawTotal: evaluation.rawTotal,
    total: evaluation.total,
    scoreRatePercent: evaluation.scoreRatePercent,
    grade: evaluation.grade,
  };
}

/**
 * Compares two evaluations of one department or project (two years, say), indicator by
 * indicator: the totals and grades, and for every category and leaf whether it is the same,
 * changed, added, removed or moved, with its 分值, 得分 and 得分率 on both sides and their exact
 * changes (`after − before`, decimal strings).
 *
 * Indicators are matched by id first (an id found once in each tree, on nodes of one type);
 * then, unless `matchByName` is `false`, an indicator left over on each side whose name path
 * (its 一级/二级/三级 Chinese names, white space removed and full-width forms folded to half-width)
 * is found once among the left-over ones of each side is the same indicator
 * (`matchedBy: 'name'`). A matched indicator whose parent is not its parent's counterpart is
 * `moved`. The two evaluations may use different schemes (a preset's new version): both
 * references are stated, and `sameScheme` says whether they are one.
 *
 * Rows are listed in the tree order of `after`; a removed indicator stands after its nearest
 * earlier sibling still present in `after` (or first), under its parent's counterpart.
 *
 * @param before - the earlier evaluation
 * @param after - the later evaluation
 * @param options - `matchByName` (default `true`)
 * @returns the comparison, frozen
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than
 *   evaluations, a decimal field that is not a plain decimal string, or options that are not an
 *   object or a `matchByName` that is not a boolean
 *
 * @example
 * const comparison = compareEvaluations(evaluation2023, evaluation2024);
 * comparison.totalChange; // "4.54" (Nanzhou 2023 → test/fixtures/diff/nanzhou-2024.json)
 * comparison.indicators.find((row) => row.status === 'added')?.after?.id; // "garbage-sorting"
 */
export function compareEvaluations(
  before: Evaluation,
  after: Evaluation,
  options: CompareOptions = {},
): EvaluationComparison {
  requireEvaluation(before);
  requireEvaluation(after);
  const given = requireOptions(options)['matchByName'];
  if (given !== undefined && typeof given !== 'boolean')
    throw invalidArgument('options.matchByName', { zh: '布尔值', en: 'a boolean' }, given);
  const beforeTree = entriesOf(before);
  const afterTree = entriesOf(after);
  const { afterOf, beforeOf, byName } = matchEntries(beforeTree.all, afterTree.all, given ?? true);
  const rows: IndicatorComparison[] = [];

  const emitRemoved = (entry: Entry, depth: number): void => {
    rows.push(rowOf(entry, undefined, depth, 'removed', null, []));
    for (const child of entry.children) if (!afterOf.has(child)) emitRemoved(child, depth + 1);
  };
  const emitPresent = (entry: Entry, depth: number): void => {
    const counterpart = beforeOf.get(entry);
    if (counterpart === undefined) rows.push(rowOf(undefined, entry, depth, 'added', null, []));
    else {
      // The top level is a parent of its own; a former parent that was removed is no parent here.
      const formerParent =
        counterpart.parent === undefined ? 'top' : (afterOf.get(counterpart.parent) ?? 'removed');
      const moved = formerParent !== (entry.parent ?? 'top');
      const changes = changesOf(counterpart.node, entry.node);
      const status = moved ? 'moved' : changes.length > 0 ? 'changed' : 'same';
      const matchedBy = byName.has(entry) ? 'name' : 'id';
      rows.push(rowOf(counterpart, entry, depth, status, matchedBy, changes));
    }
    emitChildren(entry.children, entry, counterpart?.children ?? [], depth + 1);
  };
  /**
   * The rows below one parent of `after` (the top level when `parent` is undefined): its
   * children, and the removed children of its counterpart, each after the nearest earlier
   * sibling whose counterpart is a child here.
   */
  const emitChildren = (
    children: readonly Entry[],
    parent: Entry | undefined,
    formerChildren: readonly Entry[],
    depth: number,
  ): void => {
    const removedAfter = new Map<number, Entry[]>();
    let anchor = -1;
    for (const former of formerChildren) {
      const present = afterOf.get(former);
      if (present === undefined) {
        const list = removedAfter.get(anchor) ?? [];
        list.push(former);
        removedAfter.set(anchor, list);
      } else if (present.parent === parent) anchor = present.index;
    }
    const emitRemovedAt = (index: number): void => {
      for (const entry of removedAfter.get(index) ?? []) emitRemoved(entry, depth);
    };
    emitRemovedAt(-1);
    children.forEach((child, index) => {
      emitPresent(child, depth);
      emitRemovedAt(index);
    });
  };
  emitChildren(afterTree.top, undefined, beforeTree.top, 1);

  const leafCounts: Record<IndicatorChangeStatus, number> = {
    same: 0,
    changed: 0,
    added: 0,
    removed: 0,
    moved: 0,
  };
  for (const row of rows) if (row.type === 'leaf') leafCounts[row.status] += 1;
  const comparison: EvaluationComparison = {
    before: comparedEvaluation(before),
    after: comparedEvaluation(after),
    sameScheme:
      before.scheme.id === after.scheme.id && before.scheme.version === after.scheme.version,
    fullMarksChange: decimalChange(before.fullMarks, after.fullMarks, 'fullMarks'),
    rawTotalChange: decimalChange(before.rawTotal, after.rawTotal, 'rawTotal'),
    totalChange: decimalChange(before.total, after.total, 'total'),
    scoreRateChange: decimalChange(
      before.scoreRatePercent,
      after.scoreRatePercent,
      'scoreRatePercent',
    ),
    gradeChanged: before.grade.grade !== after.grade.grade,
    leafCounts,
    indicators: rows,
  };
  return deepFreeze(comparison);
}
