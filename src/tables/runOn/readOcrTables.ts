import { parseDecimal } from '../../decimal/parseDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { visibleText } from '../../issues/visibleText.js';
import type { CellGrid, GridCell, GridRow, Repair } from '../CellGrid.js';
import {
  columnRole,
  headerKey,
  isTableTitle,
  textRowLabels,
  totalLabels,
  type ColumnRole,
} from '../vocabulary.js';
import {
  joinTokens,
  lineTokens,
  repairAt,
  rowOf,
  textLines,
  type JoinedText,
} from './runOnToken.js';
import { isLevelWord } from './valueShapes.js';

// Header words an OCR line may hold mangled, matched at one character's difference. (The
// vocabulary's role lookup decides their roles; this list only bounds the fuzzy search.)
const fuzzyHeaders: readonly string[] = [
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '调整后预算数',
  '预算执行数',
  '预算执行率',
  '年度指标值',
  '实际完成值',
  '全年实际值',
  '全年完成值',
  '指标名称',
  '指标性质',
  '三级指标',
  '二级指标',
  '一级指标',
  '得分系数',
  '指标权重',
  '指标分值',
  '指标得分',
];
const blockLabels: readonly string[] = ['预算执行情况', '项目资金', '绩效指标'];
const labelWords: readonly string[] = [
  ...textRowLabels.map((label) => headerKey(label)),
  ...totalLabels.map((label) => headerKey(label)),
  '部门（单位）名称',
];
const natureWords: readonly string[] = ['定量', '定性', '正向', '反向'];
const amountRoles: readonly ColumnRole[] = ['initialBudget', 'budget', 'executed'];
const longestHeader = 14;

/** A piece of a fused line: its text and where it starts in the line's joined characters. */
interface Piece {
  readonly text: string;
  readonly at: number;
}

interface HeaderMatch {
  readonly pieces: readonly Piece[];
  readonly roles: readonly (ColumnRole | undefined)[];
  readonly end: number;
}

const sameButOne = (left: string, right: string): boolean => {
  if (left.length !== right.length || left.length < 4) return false;
  let differences = 0;
  for (let index = 0; index < left.length; index += 1) {
    if (left.charAt(index) !== right.charAt(index)) differences += 1;
  }
  return differences === 1;
};

/** The header word at a position: exact (longest first), else one character off a known word. */
function headerAt(
  text: string,
  at: number,
): { readonly length: number; readonly word: string; readonly fuzzy: boolean } | undefined {
  for (let length = Math.min(longestHeader, text.length - at); length >= 2; length -= 1) {
    const piece = text.slice(at, at + length);
    if (columnRole(piece) !== undefined) return { length, word: piece, fuzzy: false };
  }
  for (const word of fuzzyHeaders) {
    if (sameButOne(text.slice(at, at + word.length), word)) {
      return { length: word.length, word, fuzzy: true };
    }
  }
  return undefined;
}

/** Fused header words from a position (after an optional block label), at least three. */
function fusedHeader(
  text: string,
  from: number,
  repairs: Repair[],
  joined: JoinedText,
): HeaderMatch | undefined {
  const pieces: Piece[] = [];
  const roles: (ColumnRole | undefined)[] = [];
  let at = from;
  const block = blockLabels.find((label) => text.startsWith(label, at));
  if (block !== undefined) {
    const bracket = /^[(（][^()（）]{0,8}[)）]/.exec(text.slice(at + block.length));
    const length = block.length + (bracket?.[0].length ?? 0);
    pieces.push({ text: text.slice(at, at + length), at });
    roles.push(undefined);
    at += length;
  }
  const fuzzy: Piece[] = [];
  for (;;) {
    const found = headerAt(text, at);
    if (found === undefined) break;
    const bracket = /^[(（][^()（）]{0,8}[)）]/.exec(text.slice(at + found.length));
    const length = found.length + (bracket?.[0].length ?? 0);
    const written = text.slice(at, at + length);
    const shown = found.fuzzy ? found.word + (bracket?.[0] ?? '') : written;
    if (found.fuzzy) fuzzy.push({ text: written, at });
    pieces.push({ text: shown, at });
    roles.push(columnRole(shown));
    at += length;
  }
  if (roles.filter((role) => role !== undefined).length < 3) return undefined;
  for (const piece of fuzzy) {
    const shown = pieces.find((each) => each.at === piece.at)?.text ?? piece.text;
    repairs.push(
      repairAtPiece(
        'header_corrected',
        joined,
        piece,
        `表头「${visibleText(piece.text)}」按「${shown}」读取（识别错字）`,
        `The header "${visibleText(piece.text)}" was read as "${shown}" (an OCR misreading)`,
        true,
      ),
    );
  }
  return { pieces, roles, end: at };
}

function repairAtPiece(
  code: string,
  joined: JoinedText,
  piece: Piece,
  zh: string,
  en: string,
  guess = false,
): Repair {
  const location = joined.locations[piece.at] ??
    joined.locations[0] ?? { kind: 'text', line: 1, column: 1 };
  const line = location.kind === 'text' ? location.line : 1;
  const column = location.kind === 'text' ? (location.column ?? 1) : 1;
  return repairAt(code, { text: piece.text, line, column }, zh, en, guess);
}

function cellAt(joined: JoinedText, piece: Piece): GridCell {
  const location = joined.locations[piece.at] ?? joined.locations[joined.locations.length - 1];
  return { text: piece.text, location: location ?? { kind: 'text', line: 1, column: 1 } };
}

const decimalOf = (text: string): Dec | undefined => {
  const read = parseDecimal(text);
  return read.ok ? read.value : undefined;
};

const digitLike = /[0-9.%]/;

/** Reads O/o as 0 and l/I as 1 where they touch digits, a point or `%`. */
function fixLookAlikes(text: string): {
  readonly text: string;
  readonly changed: readonly number[];
} {
  // UTF-16 units, as the locations count them.
  const characters = Array.from({ length: text.length }, (_, index) => text.charAt(index));
  const changed: number[] = [];
  characters.forEach((character, index) => {
    const near =
      digitLike.test(characters[index - 1] ?? '') || digitLike.test(characters[index + 1] ?? '');
    if (!near) return;
    if (character === 'O' || character === 'o') characters[index] = '0';
    else if (character === 'l' || character === 'I') characters[index] = '1';
    else return;
    changed.push(index);
  });
  return { text: characters.join(''), changed };
}

const validNumber = (text: string): boolean => /^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(text);

/** The splits of fused "weight score" digits under score ≤ weight and score = coefficient × weight. */
function pairSplits(digits: string, coefficient: Dec | undefined): (readonly [string, string])[] {
  const splits: (readonly [string, string])[] = [];
  for (let cut = 1; cut < digits.length; cut += 1) {
    const weightText = digits.slice(0, cut);
    const scoreText = digits.slice(cut);
    if (!validNumber(weightText) || !validNumber(scoreText)) continue;
    const weight = decimalOf(weightText);
    const score = decimalOf(scoreText);
    if (weight === undefined || score === undefined || weight.isZero() || score.greaterThan(weight))
      continue;
    if (coefficient !== undefined) {
      const places = scoreText.includes('.') ? scoreText.length - scoreText.indexOf('.') - 1 : 0;
      const halfUnit = decimalOf(`0.${'0'.repeat(places)}5`) ?? weight.minus(weight);
      if (coefficient.times(weight).minus(score).abs().greaterThan(halfUnit)) continue;
    }
    splits.push([weightText, scoreText]);
  }
  return splits;
}

const numberAt = /^[≥≤=><]?\d+(?:\.\d+)?/;

/** Cuts a fused row into cells by the header's roles, left to right. */
function cutRow(
  joined: JoinedText,
  from: number,
  roles: readonly (ColumnRole | undefined)[],
  repairs: Repair[],
): GridCell[] | undefined {
  const text = joined.text;
  const cells: GridCell[] = [];
  let at = from;
  let coefficient: Dec | undefined;
  const rest = (): string => text.slice(at);
  const take = (length: number): Piece => {
    const piece = { text: text.slice(at, at + length), at };
    at += length;
    cells.push(cellAt(joined, piece));
    return piece;
  };
  const valueRoles = roles.filter((role) => role !== undefined);
  let skipNext = false;
  for (const [index, role] of valueRoles.entries()) {
    const next = valueRoles[index + 1];
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (rest() === '') break;
    if (role === 'weight' && next === 'score' && index + 2 === valueRoles.length) {
      const digits = rest();
      const splits = pairSplits(digits, coefficient);
      const [only, ...others] = splits;
      const piece = { text: digits, at };
      if (only === undefined || others.length > 0) {
        repairs.push(
          repairAtPiece(
            'ocr_ambiguous',
            joined,
            piece,
            `「${visibleText(digits)}」无法唯一拆分为分值与得分（${splits.length} 种拆法），本行两格留空`,
            `"${visibleText(digits)}" splits into weight and score in ${splits.length} ways, not one; both cells left empty`,
            true,
          ),
        );
        cells.push(cellAt(joined, { text: '', at }), cellAt(joined, { text: '', at }));
        return cells;
      }
      repairs.push(
        repairAtPiece(
          'fused_split',
          joined,
          piece,
          `「${visibleText(digits)}」按 得分 ≤ 分值、得分 = 系数 × 分值 拆为 ${only[0]} 与 ${only[1]}`,
          `"${visibleText(digits)}" split into ${only[0]} and ${only[1]} by score ≤ weight and score = coefficient × weight`,
          true,
        ),
      );
      take(only[0].length);
      take(only[1].length);
      return cells;
    }
    if (amountRoles.includes(role)) {
      const amount = /^\d[\d,]*\.\d{2}(?!%)/.exec(rest());
      if (amount === null) return undefined;
      take(amount[0].length);
      if (/^\d/.test(rest()) && next !== undefined && amountRoles.includes(next)) {
        repairs.push(
          repairAtPiece(
            'fused_split',
            joined,
            { text: amount[0], at: at - amount[0].length },
            `在两位小数「${amount[0]}」之后拆开连在一起的金额`,
            `Split fused amounts after the two-decimal group "${amount[0]}"`,
            true,
          ),
        );
      }
    } else if (role === 'rate' || role === 'coefficient') {
      const rate = /^\d+(?:\.\d+)?%/.exec(rest());
      if (rate === null) return undefined;
      coefficient = decimalOf(rate[0]);
      take(rate[0].length);
    } else if (role === 'nature') {
      const word = natureWords.find((each) => rest().startsWith(each));
      if (word === undefined) return undefined;
      take(word.length);
    } else if (role === 'target' || role === 'actual' || role === 'adjustedTarget') {
      const number = numberAt.exec(rest());
      if (number !== null) {
        const unit = /^(?:%|[^\d≥≤=><%]{1,4}?(?=[\d≥≤=><]|$))/.exec(rest().slice(number[0].length));
        take(number[0].length + (unit?.[0].length ?? 0));
      } else {
        const words = /^[^\d≥≤=><]+/.exec(rest())?.[0] ?? '';
        if (words === '') return undefined;
        const split = next === 'actual' ? splitLevels(words) : words.length;
        take(split);
        if (split < words.length) {
          const actual = take(words.length - split);
          skipNext = true;
          repairs.push(
            repairAtPiece(
              'fused_split',
              joined,
              actual,
              `「${visibleText(words)}」拆为目标「${words.slice(0, split)}」与完成「${actual.text}」`,
              `"${visibleText(words)}" split into the target "${words.slice(0, split)}" and the actual "${actual.text}"`,
              true,
            ),
          );
        }
      }
    } else if (role === 'weight' || role === 'score' || role === 'sequence') {
      const number = /^\d+(?:\.\d+)?/.exec(rest());
      if (number === null) return undefined;
      take(number[0].length);
    } else {
      // Names and texts: up to the nature word, or the first digit or operator.
      const stop =
        next === 'nature'
          ? Math.min(
              ...natureWords.map((word) => rest().indexOf(word)).filter((found) => found > 0),
            )
          : rest().search(/[\d≥≤=><]/);
      if (!Number.isFinite(stop) || stop <= 0) return undefined;
      take(stop);
    }
  }
  return cells;
}

/** Where a qualitative target ends and its level word (the actual) begins: `规范基本规范` → 2. */
function splitLevels(words: string): number {
  for (let cut = 1; cut < words.length; cut += 1) {
    const target = words.slice(0, cut);
    const actual = words.slice(cut);
    if (
      isLevelWord(actual) ||
      actual === target ||
      ['基本', '部分', '未', '较', '不'].some((prefix) => actual === prefix + target)
    ) {
      return cut;
    }
  }
  return words.length;
}

/** Flags a target whose leading 2 may be a misread `≥`: unmet as read, yet scored in full. */
function flagOperator(
  cells: readonly GridCell[],
  roles: readonly (ColumnRole | undefined)[],
  repairs: Repair[],
): void {
  const valueRoles = roles.filter((role) => role !== undefined);
  const textOf = (role: ColumnRole): string => cells[valueRoles.indexOf(role)]?.text ?? '';
  const target = textOf('target');
  const actual = /^\d+(?:\.\d+)?/.exec(textOf('actual'))?.[0];
  const coefficient = decimalOf(textOf('coefficient'));
  const full =
    coefficient?.greaterThanOrEqualTo(1) === true ||
    (textOf('weight') !== '' && textOf('weight') === textOf('score'));
  const read = /^2(\d+(?:\.\d+)?)/.exec(target);
  if (read?.[1] === undefined || actual === undefined || !full) return;
  const asRead = decimalOf(`2${read[1]}`);
  const withOperator = decimalOf(read[1]);
  const done = decimalOf(actual);
  if (asRead === undefined || withOperator === undefined || done === undefined) return;
  if (done.lessThan(asRead) && done.greaterThanOrEqualTo(withOperator)) {
    const cell = cells[valueRoles.indexOf('target')];
    const location = cell?.location;
    if (location?.kind !== 'text') return;
    repairs.push(
      repairAt(
        'operator_suspected',
        { text: target, line: location.line, column: location.column ?? 1 },
        `目标「${visibleText(target)}」看似未完成却得满分，开头的 2 可能是识别错的「≥」（≥${read[1]}…）；未改动`,
        `The target "${visibleText(target)}" looks unmet yet scores in full; its leading 2 may be a misread "≥" (≥${read[1]}…); left as read`,
        true,
      ),
    );
  }
}

/** Splits a title line's tail into label–value rows (`单位名称某区示例局自评总分(分)95.3`). */
function labelRows(joined: JoinedText, from: number): GridRow[] {
  const text = joined.text;
  const starts: { at: number; length: number }[] = [];
  for (let at = from; at < text.length; at += 1) {
    for (const word of labelWords) {
      if (!text.startsWith(word, at)) continue;
      const bracket = /^[(（][^()（）]{0,4}[)）]/.exec(text.slice(at + word.length));
      starts.push({ at, length: word.length + (bracket?.[0].length ?? 0) });
      at += word.length - 1;
      break;
    }
  }
  return starts.map((start, index) => {
    const end = starts[index + 1]?.at ?? text.length;
    const label = { text: text.slice(start.at, start.at + start.length), at: start.at };
    const value = { text: text.slice(start.at + start.length, end), at: start.at + start.length };
    return rowOf(
      value.text === '' ? [cellAt(joined, label)] : [cellAt(joined, label), cellAt(joined, value)],
    );
  });
}

/** A table being read: rows so far, and whether a fused header was seen (the layout's mark). */
interface OcrTable {
  readonly title: GridCell | undefined;
  readonly rows: GridRow[];
  readonly repairs: Repair[];
  fused: boolean;
}

/** Whether characters [from, to) stood side by side in the source, with no space between. */
function isContiguous(joined: JoinedText, from: number, to: number): boolean {
  const first = joined.locations[from];
  const last = joined.locations[to - 1];
  if (first?.kind !== 'text' || last?.kind !== 'text') return false;
  return first.line === last.line && (last.column ?? 0) - (first.column ?? 0) === to - 1 - from;
}

const titleEnd = /(?:自评表|评价表)(?:[(（]\d{4}年度?[)）])?/;

/**
 * Reads the tables of OCR output, best effort: fused header words (and headers one character
 * off, `年初预箅数`), fused amounts split after each two-decimal group, fused "weight score"
 * digits split under score ≤ weight and score = coefficient × weight, look-alike characters read
 * as digits, and a target's leading 2 flagged as a possible `≥`. Every such step is a guess.
 *
 * @param text - the whole text
 * @returns one grid per table; `[]` for text without fused header words
 *
 * @example
 * readOcrTables('指标名称指标性质目标值完成值得分系数(%)权重得分\n业务培训次数定量4次5次100%33');
 * // → rows [[指标名称, 指标性质, 目标值, 完成值, 得分系数(%), 权重, 得分], [业务培训次数, 定量, 4次, 5次, 100%, 3, 3]]
 */
export function readOcrTables(text: string): readonly CellGrid[] {
  if (typeof text !== 'string') return [];
  const grids: OcrTable[] = [];
  let current: OcrTable | undefined;
  let roles: readonly (ColumnRole | undefined)[] | undefined;
  textLines(text).forEach((lineText, index) => {
    if (lineText.includes('|')) {
      roles = undefined;
      return;
    }
    const repairs: Repair[] = [];
    let joined = joinTokens(lineTokens(lineText, index + 1));
    if (joined.text === '') return;
    const marker = /^\d{1,2}、/.exec(joined.text);
    let from = 0;
    if (marker !== null) {
      repairs.push(
        repairAtPiece(
          'page_marker_skipped',
          joined,
          { text: marker[0], at: 0 },
          `跳过插入的页码标记「${marker[0]}」`,
          `Skipped the spliced page marker "${marker[0]}"`,
          true,
        ),
      );
      from = marker[0].length;
    }
    const title = titleEnd.exec(joined.text);
    if (title !== null && isTableTitle(joined.text.slice(0, title.index + title[0].length))) {
      const titleText = joined.text.slice(0, title.index + title[0].length);
      current = {
        title: cellAt(joined, { text: titleText, at: 0 }),
        rows: [],
        repairs,
        fused: false,
      };
      grids.push(current);
      current.rows.push(...labelRows(joined, title.index + title[0].length));
      roles = undefined;
      return;
    }
    const header = fusedHeader(joined.text, from, repairs, joined);
    if (header !== undefined && isContiguous(joined, from, header.end)) {
      if (current === undefined) {
        current = { title: undefined, rows: [], repairs: [], fused: false };
        grids.push(current);
      }
      current.repairs.push(...repairs);
      current.rows.push(rowOf(header.pieces.map((piece) => cellAt(joined, piece))));
      current.fused = true;
      roles = header.roles;
      if (header.end < joined.text.length) readRow(header.end);
      return;
    }
    if (roles !== undefined && current !== undefined) {
      current.repairs.push(...repairs);
      readRow(from);
    }

    function readRow(start: number): void {
      if (roles === undefined || current === undefined) return;
      const fixed = fixLookAlikes(joined.text);
      for (const at of fixed.changed.filter((each) => each >= start)) {
        const piece = { text: joined.text.charAt(at), at };
        current.repairs.push(
          repairAtPiece(
            'ocr_character',
            joined,
            piece,
            `把「${visibleText(piece.text)}」读作「${fixed.text.charAt(at)}」`,
            `Read "${visibleText(piece.text)}" as "${fixed.text.charAt(at)}"`,
            true,
          ),
        );
      }
      joined = { ...joined, text: fixed.text };
      const rowRepairs: Repair[] = [];
      // A row under a block label (预算执行情况 …) starts with its values: no name of its own.
      const rowRoles = roles[0] === undefined ? roles.slice(1) : roles;
      const cells = cutRow(joined, start, rowRoles, rowRepairs);
      if (cells === undefined || cells.length === 0) {
        current.repairs.push(
          repairAtPiece(
            'ocr_unread',
            joined,
            { text: joined.text.slice(start), at: start },
            `无法按表头拆开「${visibleText(joined.text.slice(start))}」`,
            `Could not cut "${visibleText(joined.text.slice(start))}" by the header`,
            true,
          ),
        );
        return;
      }
      flagOperator(cells, rowRoles, rowRepairs);
      current.repairs.push(...rowRepairs);
      current.rows.push(rowOf(cells));
    }
  });
  return grids
    .filter((grid) => grid.fused)
    .map((grid) =>
      grid.title === undefined
        ? { layout: 'ocr', rows: grid.rows, repairs: grid.repairs }
        : { layout: 'ocr', title: grid.title, rows: grid.rows, repairs: grid.repairs },
    );
}
