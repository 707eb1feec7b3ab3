import { parseDecimal } from '../../decimal/parseDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { visibleText } from '../../issues/visibleText.js';
import type { CellGrid, GridCell, GridRow, Repair } from '../CellGrid.js';
import { columnRole, isTableTitle, levelRoles, type ColumnRole } from '../vocabulary.js';
import {
  cellOf,
  emptyCellAt,
  joinTokens,
  lineTokens,
  repairAt,
  rowOf,
  textLines,
  type JoinedText,
  type Token,
} from './runOnToken.js';
import {
  categoryWeight,
  isBudgetRowLabel,
  isNotApplicable,
  isPercent,
  isPlainNumber,
  isTotalLabel,
} from './valueShapes.js';

const nameRoles: readonly ColumnRole[] = levelRoles;
const pairRoles: readonly ColumnRole[] = ['weight', 'score', 'coefficient'];
const sentenceWords = [
  '得分为',
  '自评得分',
  '综合评分',
  '总分为',
  '评分为',
  '评价等级',
  '自评总分',
];
const placeholder = /^(?:…+|\.{3,}|……)$/;
const footer = /^[-—]\s*\d{1,3}\s*[-—]$/;

/** The header of a name-then-pair table: names, then only numeric columns. */
interface Header {
  readonly tokens: readonly Token[];
  readonly nameColumns: number;
  readonly pairSize: number;
}

function headerOf(tokens: readonly Token[]): Header | undefined {
  const roles = tokens.map((token) => columnRole(token.text));
  if (roles.length < 3 || roles.some((role) => role === undefined)) return undefined;
  const nameColumns = roles.filter((role) => role !== undefined && nameRoles.includes(role)).length;
  const pairSize = roles.length - nameColumns;
  const namesFirst = roles
    .slice(0, nameColumns)
    .every((role) => role !== undefined && nameRoles.includes(role));
  const pairs = roles
    .slice(nameColumns)
    .every((role) => role !== undefined && pairRoles.includes(role));
  if (!roles.includes('level3') || !namesFirst || !pairs || pairSize < 1) return undefined;
  return { tokens, nameColumns, pairSize };
}

/** A body line: the numbers it opens with (a pair), then its text. */
interface BodyLine {
  readonly pair: readonly Token[];
  readonly text: readonly Token[];
}

function splitLine(tokens: readonly Token[], pairSize: number): BodyLine {
  let count = 0;
  while (count < pairSize && count < tokens.length) {
    const token = tokens[count];
    const next = tokens[count + 1];
    // `16 分）` continues a name cell's weight from the line above: not a pair value.
    if (token === undefined || !isPlainNumber(token.text) || next?.text.startsWith('分') === true)
      break;
    count += 1;
  }
  return count === pairSize
    ? { pair: tokens.slice(0, count), text: tokens.slice(count) }
    : { pair: [], text: tokens };
}

const isValue = (text: string): boolean =>
  isPlainNumber(text) || isPercent(text) || isNotApplicable(text);

/**
 * A line that opens with a row label (合计, 总分, 年度资金总额 …, a stray space allowed inside it)
 * and holds only values after it: a row with its own cells, not a name to join (`合计 20 18`).
 */
function labelRow(tokens: readonly Token[]): GridRow | undefined {
  const valueAt = tokens.findIndex((token) => isValue(token.text));
  if (valueAt < 1 || !tokens.slice(valueAt).every((token) => isValue(token.text))) return undefined;
  const label = tokens.slice(0, valueAt);
  const [head, ...tail] = label;
  if (head === undefined) return undefined;
  const text = label.map((token) => token.text).join('');
  if (!isTotalLabel(text) && !isBudgetRowLabel(text)) return undefined;
  return rowOf([
    cellOf([head, ...tail], ''),
    ...tokens.slice(valueAt).map((token) => cellOf([token])),
  ]);
}

/** A name run between two pairs, split into its category cells and its leaf name. */
interface NameRun {
  readonly categories: readonly GridCell[];
  readonly leaf: GridCell | undefined;
  readonly joined: JoinedText;
}

function splitNames(joined: JoinedText): NameRun {
  const pieces: GridCell[] = [];
  const { text } = joined;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (character !== ')' && character !== '）') continue;
    const piece = text.slice(start, index + 1);
    if (categoryWeight(piece) === undefined) continue;
    const location = joined.locations[start];
    if (location !== undefined) pieces.push({ text: piece, location });
    start = index + 1;
  }
  const rest = text.slice(start);
  const location = joined.locations[start];
  const leaf = rest !== '' && location !== undefined ? { text: rest, location } : undefined;
  return { categories: pieces, leaf, joined };
}

const decimalOf = (text: string | undefined): Dec | undefined => {
  if (text === undefined) return undefined;
  const read = parseDecimal(text.normalize('NFKC'));
  return read.ok ? read.value : undefined;
};

/** One leaf with its categories (deepest last) and its pair. */
interface Leaf {
  readonly run: NameRun;
  readonly leaf: GridCell;
  readonly pair: readonly Token[];
}

/**
 * How many weighted category names balance under a pairing: the leaf weights under each
 * category (down to the next category of its level or above) sum to its weight.
 */
function balancedCount(leaves: readonly Leaf[], nameColumns: number): number {
  const open: { weight: Dec; sum: Dec; level: number }[] = [];
  let balanced = 0;
  const close = (level: number): void => {
    while (open.length > 0 && (open.at(-1)?.level ?? -1) >= level) {
      const done = open.pop();
      if (done?.weight.equals(done.sum) === true) balanced += 1;
    }
  };
  for (const { run, pair } of leaves) {
    // Merged cells are missing on the left: a row's categories are the levels just above its leaf.
    const depth = Math.min(run.categories.length, nameColumns - 1);
    run.categories.slice(run.categories.length - depth).forEach((category, index) => {
      const level = nameColumns - 1 - depth + index;
      close(level);
      const weight = decimalOf(categoryWeight(category.text));
      if (weight !== undefined) open.push({ weight, sum: weight.minus(weight), level });
    });
    const value = decimalOf(pair[0]?.text);
    if (value !== undefined) for (const category of open) category.sum = category.sum.plus(value);
  }
  close(0);
  return balanced;
}

/** The leaves of the name runs, run i taking pairs[i]. */
function leavesOf(runs: readonly NameRun[], pairs: readonly (readonly Token[])[]): Leaf[] {
  return runs.flatMap((run, index) =>
    run.leaf === undefined ? [] : [{ run, leaf: run.leaf, pair: pairs[index] ?? [] }],
  );
}

/** Reads one table: the header, its body lines up to a closing sentence. */
function readTable(
  lines: readonly string[],
  at: number,
  header: Header,
  title: Token | undefined,
): CellGrid {
  const repairs: Repair[] = [];
  const bodies: BodyLine[] = [];
  const labelRows: GridRow[] = [];
  let index = at + 1;
  let sentence: Token[] = [];
  for (; index < lines.length; index += 1) {
    const lineText = lines[index] ?? '';
    const tokens = lineTokens(lineText, index + 1);
    const [first] = tokens;
    if (first === undefined) continue;
    if (lineText.includes('|') || isTableTitle(lineText) || headerOf(tokens) !== undefined) break;
    const joined = tokens.map((token) => token.text).join('');
    if (sentenceWords.some((word) => joined.includes(word))) {
      sentence = [...tokens];
      const next = lineTokens(lines[index + 1] ?? '', index + 2);
      if (!joined.endsWith('。') && isPlainNumber(next[0]?.text ?? '')) sentence.push(...next);
      break;
    }
    if (
      footer.test(lineText.trim()) ||
      (tokens.length < header.pairSize && tokens.every((token) => isPlainNumber(token.text)))
    ) {
      repairs.push(
        repairAt(
          'page_number_skipped',
          first,
          `「${visibleText(lineText.trim())}」按页码跳过`,
          `"${visibleText(lineText.trim())}" was skipped as a page number`,
          true,
        ),
      );
      continue;
    }
    const kept = tokens.filter((token) => !placeholder.test(token.text));
    const dropped = tokens.find((token) => placeholder.test(token.text));
    if (dropped !== undefined) {
      repairs.push(
        repairAt(
          'tokens_skipped',
          dropped,
          `跳过省略号「${visibleText(dropped.text)}」`,
          `Skipped the ellipsis "${visibleText(dropped.text)}"`,
        ),
      );
    }
    const labelled = labelRow(kept);
    if (labelled === undefined) bodies.push(splitLine(kept, header.pairSize));
    else labelRows.push(labelled);
  }
  // Name runs: the text between one pair and the next, whatever lines it spans.
  const runs: NameRun[] = [];
  const pairs: (readonly Token[])[] = [];
  let pending: Token[] = [];
  for (const body of bodies) {
    if (body.pair.length > 0) {
      runs.push(splitNames(joinTokens(pending)));
      pairs.push(body.pair);
      pending = [];
    }
    pending.push(...body.text);
  }
  runs.push(splitNames(joinTokens(pending)));
  // Shifted: each line opens with the pair of the name that ended the line before (pairs[i + 1]
  // after runs[i], since runs[0] precedes the first pair). Same line: runs[i] takes pairs[i - 1].
  const shifted = leavesOf(runs, pairs);
  const sameLine = leavesOf(runs, [[], ...pairs]);
  const shiftedBalance = balancedCount(shifted, header.nameColumns);
  const sameLineBalance = balancedCount(sameLine, header.nameColumns);
  const chosen = sameLineBalance > shiftedBalance ? sameLine : shifted;
  const firstPair = pairs[0]?.[0];
  if (chosen === shifted && firstPair !== undefined) {
    repairs.push(
      repairAt(
        'pairs_shifted',
        firstPair,
        `每行开头的「分值 得分」属于上一行末尾的指标（按此读法 ${shiftedBalance} 个分类的分值平衡，按同行读法 ${sameLineBalance} 个）`,
        `Each line's opening "weight score" pair belongs to the name that ended the line before (${shiftedBalance} categories balance this way, ${sameLineBalance} pairing on the same line)`,
        true,
      ),
    );
  }
  for (const run of runs) {
    if (run.joined.lines.size > 1 && run.joined.text !== '') {
      const location = run.joined.locations[0];
      if (location?.kind === 'text') {
        repairs.push(
          repairAt(
            'lines_joined',
            { text: run.joined.text, line: location.line, column: location.column ?? 1 },
            `「${visibleText(run.joined.text)}」由断开的 ${run.joined.lines.size} 行拼合`,
            `"${visibleText(run.joined.text)}" was joined from ${run.joined.lines.size} broken lines`,
          ),
        );
      }
    }
  }
  const rows: GridRow[] = [rowOf(header.tokens.map((token) => cellOf([token])))];
  for (const { run, leaf, pair } of chosen) {
    const values = pair.length > 0 ? pair.map((token) => cellOf([token])) : [];
    if (values.length === 0) {
      const near = header.tokens.at(-1);
      if (near !== undefined)
        values.push(...Array.from({ length: header.pairSize }, () => emptyCellAt(near)));
      repairs.push(
        repairAt(
          'pair_missing',
          {
            text: leaf.text,
            line: leaf.location.kind === 'text' ? leaf.location.line : 1,
            column: 1,
          },
          `「${visibleText(leaf.text)}」后没有「分值 得分」`,
          `No "weight score" pair follows "${visibleText(leaf.text)}"`,
          true,
        ),
      );
    }
    rows.push(rowOf([...run.categories, leaf, ...values]));
  }
  rows.push(...labelRows);
  const [head, ...tail] = sentence;
  if (head !== undefined) {
    const cell = cellOf([head, ...tail], '');
    rows.push(rowOf([cell]));
    if (new Set(sentence.map((token) => token.line)).size > 1) {
      repairs.push(
        repairAt(
          'lines_joined',
          head,
          `句子「${visibleText(cell.text)}」由断开的两行拼合`,
          `The sentence "${visibleText(cell.text)}" was joined from two broken lines`,
        ),
      );
    }
  }
  return title === undefined
    ? { layout: 'name-then-pair', rows, repairs }
    : { layout: 'name-then-pair', title: cellOf([title]), rows, repairs };
}

/**
 * Reads the tables of a broken PDF text layer in which each line opens with the "分值 得分" of the
 * name that ended the line before. Name cells' weights split over lines are joined
 * (`预算配置（` + `16 分）`), bare page numbers dropped, and the pairing is chosen by the table's
 * own sums (a category's weight equals its children's), reported as `pairs_shifted`.
 *
 * @param text - the whole text
 * @returns one grid per table; `[]` for text in any other layout
 *
 * @example
 * readNamePairTables('一级指标 三级指标 分值 得分\n规划（10分）甲\n6 6 乙\n3 3 丙\n1 1');
 * // → rows [[一级指标, 三级指标, 分值, 得分], [规划（10分）, 甲, 6, 6], [乙, 3, 3], [丙, 1, 1]],
 * //   repairs [pairs_shifted]
 */
export function readNamePairTables(text: string): readonly CellGrid[] {
  if (typeof text !== 'string') return [];
  const lines = textLines(text);
  const grids: CellGrid[] = [];
  lines.forEach((lineText, index) => {
    if (lineText.includes('|')) return;
    const header = headerOf(lineTokens(lineText, index + 1));
    if (header === undefined) return;
    const opening = lines.slice(index + 1, index + 40).filter((each) => {
      const body = splitLine(lineTokens(each, 0), header.pairSize);
      return body.pair.length > 0 && body.text.length > 0;
    }).length;
    if (opening < 2) return;
    const above = lines[index - 1] ?? '';
    const titleTokens = lineTokens(above, index);
    const [first] = titleTokens;
    const title =
      first !== undefined && isTableTitle(above)
        ? { text: above.trim(), line: index, column: first.column }
        : undefined;
    grids.push(readTable(lines, index, header, title));
  });
  return grids;
}
