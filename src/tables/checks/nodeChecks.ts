import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { headerKey, type LevelBand } from '../vocabulary.js';
import { nodeScore, nodeWeight } from '../scoreTable/nodeSums.js';
import { compactText } from '../scoreTable/readCellValue.js';
import type {
  CellValue,
  IndicatorBlock,
  IndicatorNode,
  NumberValue,
  TableColumn,
} from '../scoreTable/ScoreTable.js';
import { equalityCheck, printedOf, seen, verdictCheck } from './makeTableCheck.js';
import { plain, type Printed } from './printedPrecision.js';
import { underStatedRule, type RuleSource } from './statedRules.js';
import type { SeenValue, TableCheck } from './TableCheck.js';

const numberOf = (value: CellValue | undefined): NumberValue | undefined =>
  value?.kind === 'number' ? value : undefined;

const zero = new JixiaoDecimal(0);

/** The cells a node's weight comes from: its name cell, its 分值 cell, or its children's. */
function weightCells(node: IndicatorNode): readonly SeenValue[] {
  if (node.nameWeight !== undefined) {
    return [
      {
        role: 'weight',
        written: node.nameWeight.cell.text.trim(),
        location: node.nameWeight.cell.location,
      },
    ];
  }
  const stated = numberOf(node.values?.weight);
  if (stated !== undefined) return seen('weight', stated);
  return node.children.flatMap(weightCells);
}

/** The cells a node's score comes from: its 得分 cell, or its children's. */
function scoreCells(node: IndicatorNode): readonly SeenValue[] {
  const stated = numberOf(node.values?.score);
  if (stated !== undefined) return seen('score', stated);
  return node.children.flatMap(scoreCells);
}

const joinSum = (values: readonly Dec[]): string => values.map((value) => plain(value)).join(' + ');

/** An indicator of the tree, with the names from the top down to it and the nodes above it. */
export interface WalkedNode {
  readonly node: IndicatorNode;
  readonly path: readonly string[];
  /** The categories above the node, from the top down. */
  readonly ancestors: readonly IndicatorNode[];
}

/** Every indicator with the names from the top down to it, and the categories above it. */
export function walkNodes(
  nodes: readonly IndicatorNode[],
  path: readonly string[] = [],
  ancestors: readonly IndicatorNode[] = [],
): readonly WalkedNode[] {
  return nodes.flatMap((node) => {
    const here = [...path, node.name];
    return [
      { node, path: here, ancestors },
      ...walkNodes(node.children, here, [...ancestors, node]),
    ];
  });
}

/** A leaf's weight, as written, with the cell it was read from. */
export interface LeafWeight {
  readonly value: Dec;
  /** The number as written (`15`, or `30` from `效益指标（30分）`). */
  readonly written: string;
  readonly seen: readonly SeenValue[];
}

/** A weight a node writes itself: its 分值 cell, else its name cell's claim. */
function ownWeight(node: IndicatorNode): LeafWeight | undefined {
  const stated = numberOf(node.values?.weight);
  if (stated !== undefined)
    return { value: stated.value, written: stated.cell.text.trim(), seen: seen('weight', stated) };
  const named = node.nameWeight;
  if (named === undefined) return undefined;
  return {
    value: named.value,
    written: named.written,
    seen: [{ role: 'weight', written: named.cell.text.trim(), location: named.cell.location }],
  };
}

/**
 * A leaf's weight: its 分值 cell, else the weight its name cell claims, else — for the only leaf
 * under a category (a chain of single children) — the weight that category writes. The 20 + 80
 * form has no 分值 column: a category with one indicator (`效益指标（30分）` over one row) gives
 * that row its whole weight, since children's weights sum to the parent's.
 *
 * @param node - the leaf
 * @param ancestors - the categories above it, from the top down (see {@link walkNodes})
 * @returns its weight, or undefined when the table does not fix it
 *
 * @example
 * leafWeightOf(湿地生态环境改善, [效益指标（30分）, 生态效益指标])?.written; // → "30"
 */
export function leafWeightOf(
  node: IndicatorNode,
  ancestors: readonly IndicatorNode[],
): LeafWeight | undefined {
  const own = ownWeight(node);
  if (own !== undefined) return own;
  let below = node;
  for (let index = ancestors.length - 1; index >= 0; index -= 1) {
    const above = ancestors[index];
    if (above?.children.length !== 1 || above.children[0] !== below) return undefined;
    const weight = ownWeight(above);
    if (weight !== undefined) return weight;
    below = above;
  }
  return undefined;
}

/** Whether the sheet prints no score at all (every 得分 cell empty), though it has rows to score. */
export function hasNoScore(block: IndicatorBlock | undefined): boolean {
  if (block === undefined) return true;
  return walkNodes(block.roots).every(({ node }) => numberOf(node.values?.score) === undefined);
}

/**
 * The checks of every indicator of the tree: 0 ≤ 得分 ≤ 分值 (rows and categories), children's
 * weights and stated subtotals, empty 得分 cells, level words against their band, 得分系数 and
 * 得分率, and a score below the weight without a reason (a warning).
 *
 * @param block - the table's indicator block
 * @param levelBands - the level bands: the national ones, a caller's, or the table's own
 * @param sheetUnscored - whether the sheet has no score at all
 * @param bandsStated - when the bands are the table's own, where the table states them: the
 *   `level_band` rule then says so (`按表中备注：…`)
 * @returns the checks
 */
export function nodeChecks(
  block: IndicatorBlock,
  levelBands: readonly LevelBand[],
  sheetUnscored: boolean,
  bandsStated?: RuleSource,
): readonly TableCheck[] {
  const hasScoreColumn = block.columns.some((column) => column.role === 'score');
  const hasReasonColumn = block.columns.some((column) => column.role === 'reason');
  const coefficientColumn = block.columns.find((column) => column.role === 'coefficient');
  const checks: TableCheck[] = [];
  for (const { node, path, ancestors } of walkNodes(block.roots)) {
    const isLeaf = node.children.length === 0;
    if (isLeaf && node.values !== undefined) {
      if (hasScoreColumn && !sheetUnscored && node.values.score?.kind === 'empty') {
        checks.push(unscoredRow(node, path));
      }
      checks.push(...boundOfRow(node, path));
      checks.push(...levelBand(node, path, levelBands, leafWeightOf(node, ancestors), bandsStated));
      if (coefficientColumn !== undefined)
        checks.push(...coefficient(node, path, coefficientColumn));
      if (hasReasonColumn) checks.push(...reasonMissing(node, path));
    }
    if (!isLeaf)
      checks.push(
        ...weightsSum(node, path),
        ...childrenSum(node, path),
        ...boundOfCategory(node, path),
      );
  }
  return checks;
}

function unscoredRow(node: IndicatorNode, path: readonly string[]): TableCheck {
  return verdictCheck(
    {
      code: 'unscored_row',
      subject: node.name,
      path,
      rule: {
        zh: '每个指标行的得分单元格应有得分',
        en: 'every indicator row has a score in its 得分 cell',
      },
      values: [
        ...seen('score', node.values?.score),
        ...node.nameCells.map((cell) => ({
          role: 'name',
          written: cell.text.trim(),
          location: cell.location,
        })),
      ],
    },
    'unscored',
    '得分 = —',
    { zh: '的得分单元格为空：该行未评分', en: 'its 得分 cell is empty: the row is unscored' },
  );
}

/** 0 ≤ s ≤ w, exactly, with the message for each side. */
function bound(
  subject: { code: string; subject: string; path: readonly string[]; values: readonly SeenValue[] },
  score: Dec,
  weight: Dec,
  scoreText: string,
  weightText: string,
  derived: boolean,
): TableCheck {
  const within = score.greaterThanOrEqualTo(zero) && score.lessThanOrEqualTo(weight);
  const what = derived
    ? { zh: '下级得分之和', en: "the sum of its children's scores" }
    : { zh: '得分', en: 'the score' };
  return verdictCheck(
    {
      ...subject,
      rule: derived
        ? { zh: '0 ≤ 下级得分之和 ≤ 分值', en: "0 ≤ sum of the children's scores ≤ weight" }
        : { zh: '0 ≤ 得分 ≤ 分值', en: '0 ≤ score ≤ weight' },
    },
    within ? 'consistent' : 'inconsistent',
    `0 ≤ ${scoreText} ≤ ${weightText}`,
    within
      ? {
          zh: `${what.zh} ${scoreText} 在 0 至分值 ${weightText} 之间`,
          en: `${what.en} ${scoreText} is within 0 and the weight ${weightText}`,
        }
      : {
          zh: `${what.zh} ${scoreText} 超出 0 至分值 ${weightText} 的范围`,
          en: `${what.en} ${scoreText} is outside 0 to the weight ${weightText}`,
        },
  );
}

function boundOfRow(node: IndicatorNode, path: readonly string[]): readonly TableCheck[] {
  const weight = numberOf(node.values?.weight);
  const score = numberOf(node.values?.score);
  if (weight === undefined || score === undefined) return [];
  return [
    bound(
      {
        code: 'score_within_weight',
        subject: node.name,
        path,
        values: [...seen('score', score), ...seen('weight', weight)],
      },
      score.value,
      weight.value,
      score.cell.text.trim(),
      weight.cell.text.trim(),
      false,
    ),
  ];
}

function boundOfCategory(node: IndicatorNode, path: readonly string[]): readonly TableCheck[] {
  const weight = nodeWeight(node);
  const score = nodeScore(node);
  if (
    weight === undefined ||
    score === undefined ||
    (weight.fromName !== true && weight.stated === undefined)
  )
    return [];
  return [
    bound(
      {
        code: 'score_within_weight',
        subject: node.name,
        path,
        values: [...scoreCells(node), ...weightCells(node)],
      },
      score.value,
      weight.value,
      score.stated?.cell.text.trim() ?? plain(score.value),
      weight.stated?.cell.text.trim() ?? node.nameWeight?.written ?? plain(weight.value),
      score.stated === undefined,
    ),
  ];
}

/** The weight a category claims (name cell first, then its 分值 cell), in printed form. */
function claimedWeight(node: IndicatorNode): (Printed & { readonly written: string }) | undefined {
  if (node.nameWeight !== undefined) {
    const { value, places, written } = node.nameWeight;
    return { value, places, percent: false, written };
  }
  const stated = numberOf(node.values?.weight);
  return stated === undefined ? undefined : printedOf(stated);
}

function weightsSum(node: IndicatorNode, path: readonly string[]): readonly TableCheck[] {
  const claimed = claimedWeight(node);
  if (claimed === undefined) return [];
  const parts = node.children.map(nodeWeight);
  if (parts.some((part) => part === undefined)) return [];
  const values = parts.flatMap((part) => (part === undefined ? [] : [part.value]));
  const sum = values.reduce((total, value) => total.plus(value), zero);
  return [
    equalityCheck(
      {
        code: 'weights_sum',
        subject: node.name,
        path,
        rule: { zh: '下级分值之和 = 上级分值', en: "the children's weights sum to the parent's" },
        values: [...weightCells({ ...node, children: [] }), ...node.children.flatMap(weightCells)],
      },
      { zh: '分值', en: 'the weight' },
      claimed,
      sum,
      joinSum(values),
    ),
  ];
}

function childrenSum(node: IndicatorNode, path: readonly string[]): readonly TableCheck[] {
  const stated = numberOf(node.values?.score);
  if (stated === undefined) return [];
  const parts = node.children.map(nodeScore);
  if (parts.some((part) => part === undefined)) return [];
  const values = parts.flatMap((part) => (part === undefined ? [] : [part.value]));
  const sum = values.reduce((total, value) => total.plus(value), zero);
  return [
    equalityCheck(
      {
        code: 'children_sum',
        subject: node.name,
        path,
        rule: { zh: '下级得分之和 = 上级得分', en: "the children's scores sum to the parent's" },
        values: [...seen('score', stated), ...node.children.flatMap(scoreCells)],
      },
      { zh: '得分', en: 'the score' },
      printedOf(stated),
      sum,
      joinSum(values),
    ),
  ];
}

/** The band of a level word, and whether the band is the top one (its upper bound inclusive). */
function bandOf(
  word: string,
  bands: readonly LevelBand[],
): { band: LevelBand; top: boolean } | undefined {
  const top = bands.reduce<Dec | undefined>((max, band) => {
    const to = new JixiaoDecimal(band.to);
    return max === undefined || to.greaterThan(max) ? to : max;
  }, undefined);
  const band = bands.find((each) => each.words.includes(word));
  if (band === undefined) return undefined;
  return { band, top: top?.equals(band.to) === true };
}

function levelBand(
  node: IndicatorNode,
  path: readonly string[],
  bands: readonly LevelBand[],
  weight: LeafWeight | undefined,
  stated: RuleSource | undefined,
): readonly TableCheck[] {
  const actual = node.values?.actual;
  const score = numberOf(node.values?.score);
  if (
    actual?.kind !== 'text' ||
    weight === undefined ||
    score === undefined ||
    weight.value.isZero()
  )
    return [];
  const word = compactText(actual.cell.text);
  const found = bandOf(word, bands);
  if (found === undefined) return [];
  const share = score.value.dividedBy(weight.value);
  const from = new JixiaoDecimal(found.band.from);
  const to = new JixiaoDecimal(found.band.to);
  const within =
    share.greaterThanOrEqualTo(from) &&
    (found.top ? share.lessThanOrEqualTo(to) : share.lessThan(to));
  const range = `[${plain(from, true)}, ${plain(to, true)}${found.top ? ']' : ')'}`;
  const ratio = `${score.cell.text.trim()} ÷ ${weight.written} = ${plain(share, true)}`;
  return [
    verdictCheck(
      {
        code: 'level_band',
        subject: node.name,
        path,
        rule: underStatedRule(stated, {
          zh: `等级词「${word}」的得分占分值之比在 ${range} 内`,
          en: `a score for "${word}" is within ${range} of the weight`,
        }),
        values: [...seen('level', actual), ...seen('score', score), ...weight.seen],
      },
      within ? 'consistent' : 'inconsistent',
      `${ratio} ∈ ${range}`,
      within
        ? {
            zh: `「${word}」得分 ${ratio}，在${stated === undefined ? '' : `${stated.where.zh}所写的`} ${range} 内`,
            en: `"${word}" scores ${ratio}, within ${range}${stated === undefined ? '' : ` as ${stated.where.en} states`}`,
          }
        : {
            zh: `「${word}」得分 ${ratio}，不在${stated === undefined ? '' : `${stated.where.zh}所写的`} ${range} 内`,
            en: `"${word}" scores ${ratio}, outside ${range}${stated === undefined ? '' : `, the band ${stated.where.en} states`}`,
          },
    ),
  ];
}

/** A coefficient as a fraction: `96%`, or `96` under a `(%)` header, or a plain fraction. */
function coefficientPrinted(
  value: NumberValue,
  column: TableColumn,
): Printed & { readonly written: string } {
  const written = value.cell.text.trim();
  if (value.percent) return { value: value.value, places: value.places, percent: true, written };
  if (column.percent || value.value.greaterThan(1)) {
    return { value: value.value.dividedBy(100), places: value.places, percent: true, written };
  }
  return { value: value.value, places: value.places, percent: false, written };
}

function coefficient(
  node: IndicatorNode,
  path: readonly string[],
  column: TableColumn,
): readonly TableCheck[] {
  const values = node.values;
  const factor = numberOf(values?.coefficient);
  const weight = numberOf(values?.weight);
  const score = numberOf(values?.score);
  if (factor === undefined || weight === undefined || score === undefined) return [];
  const printedFactor = coefficientPrinted(factor, column);
  const seenValues = [
    ...seen('coefficient', factor),
    ...seen('weight', weight),
    ...seen('score', score),
  ];
  if (headerKey(column.text) === '得分率') {
    if (weight.value.isZero()) return [];
    return [
      equalityCheck(
        {
          code: 'score_rate',
          subject: node.name,
          path,
          rule: { zh: '得分率 = 得分 ÷ 分值', en: 'score rate = score ÷ weight' },
          values: seenValues,
        },
        { zh: '得分率', en: 'the score rate' },
        printedFactor,
        score.value.dividedBy(weight.value),
        `${score.cell.text.trim()} ÷ ${weight.cell.text.trim()}`,
      ),
    ];
  }
  return [
    equalityCheck(
      {
        code: 'coefficient_score',
        subject: node.name,
        path,
        rule: { zh: '得分 = 得分系数 × 权重', en: 'score = coefficient × weight' },
        values: seenValues,
      },
      { zh: '得分', en: 'the score' },
      printedOf(score),
      printedFactor.value.times(weight.value),
      `${printedFactor.written} × ${weight.cell.text.trim()}`,
    ),
  ];
}

function reasonMissing(node: IndicatorNode, path: readonly string[]): readonly TableCheck[] {
  const weight = numberOf(node.values?.weight);
  const score = numberOf(node.values?.score);
  const reason = node.values?.reason;
  if (weight === undefined || !score?.value.lessThan(weight.value)) return [];
  if ((reason?.kind ?? 'empty') !== 'empty') return [];
  return [
    verdictCheck(
      {
        code: 'reason_missing',
        subject: node.name,
        path,
        rule: {
          zh: '得分低于分值的行应说明原因',
          en: 'a row scored below its weight gives a reason',
        },
        values: [...seen('score', score), ...seen('weight', weight), ...seen('reason', reason)],
      },
      'warning',
      `${score.cell.text.trim()} < ${weight.cell.text.trim()}`,
      {
        zh: `得分 ${score.cell.text.trim()} 低于分值 ${weight.cell.text.trim()}，原因栏为空`,
        en: `the score ${score.cell.text.trim()} is below the weight ${weight.cell.text.trim()} and the reason cell is empty`,
      },
    ),
  ];
}
