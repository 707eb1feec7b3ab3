import { visibleText } from '../../issues/visibleText.js';
import type { CellGrid, GridCell, GridRow, Repair } from '../CellGrid.js';
import {
  columnRole,
  headerKey,
  isTableTitle,
  textRowLabels,
  type ColumnRole,
} from '../vocabulary.js';
import { budgetBlockKeys, budgetCells, budgetColumns, isBudgetValue } from './budgetBlock.js';
import { indicatorRows } from './indicatorRows.js';
import { cellOf, lineTokens, repairAt, rowOf, textLines, type Token } from './runOnToken.js';
import { isBudgetRowLabel, isTotalLabel, shapeKey } from './valueShapes.js';

/** What a token is to the one-line reader. */
type TokenKind =
  | 'identity'
  | 'budgetBlock'
  | 'budgetColumn'
  | 'budgetRow'
  | 'goal'
  | 'indicatorBlock'
  | 'indicatorColumn'
  | 'total'
  | 'closing'
  | 'other';

const keys = (labels: readonly string[]): ReadonlySet<string> =>
  new Set(labels.map((label) => headerKey(label)));
const goalKeys = keys([
  '年度总体目标',
  '预期目标',
  '实际完成情况',
  '年初设定目标',
  '年度总体目标完成情况',
  '项目年度目标',
  '年度目标完成情况',
  '总体目标',
  '项目实施内容及过程概述',
]);
const closingKeys = keys(['评价结论', '存在问题', '改进措施', '备注', '项目负责人', '财务负责人']);
const identityKeys = new Set(
  [...keys(textRowLabels)].filter((key) => !goalKeys.has(key) && !closingKeys.has(key)),
);
const indicatorBlockKeys = keys(['绩效指标', '年度绩效目标', '绩效目标']);
const budgetRoles: readonly ColumnRole[] = [
  'fundSource',
  'initialBudget',
  'budget',
  'executed',
  'rate',
  'weight',
  'score',
];

function kindOf(text: string): TokenKind {
  const key = headerKey(text);
  if (identityKeys.has(key)) return 'identity';
  if (goalKeys.has(key)) return 'goal';
  if (budgetBlockKeys.has(key)) return 'budgetBlock';
  if (indicatorBlockKeys.has(key)) return 'indicatorBlock';
  if (isBudgetRowLabel(text)) return 'budgetRow';
  if (isTotalLabel(text)) return 'total';
  if ([...closingKeys].some((label) => key.startsWith(label))) return 'closing';
  const role = columnRole(text);
  if (role === undefined) return 'other';
  return budgetRoles.includes(role) && role !== 'weight' && role !== 'score'
    ? 'budgetColumn'
    : 'indicatorColumn';
}

const goalEnds: readonly TokenKind[] = [
  'indicatorBlock',
  'indicatorColumn',
  'budgetBlock',
  'budgetColumn',
];

const bracketed = /^[(（][^()（）]{1,12}[)）]$/;

/**
 * Joins the pieces a dump splits off a cell: a bracketed tail (`项目资金` `（万元）`, a title and
 * its `（2024年度）`) onto the token before it, and a bare `其中：` onto the label after it.
 */
function joinPieces(tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  for (const token of tokens) {
    const previous = joined.at(-1);
    const key = shapeKey(token.text);
    if (previous !== undefined && bracketed.test(key) && !/^[(（]\s*[≥≤=><]/.test(key)) {
      joined[joined.length - 1] = { ...previous, text: previous.text + token.text };
    } else if (previous !== undefined && /^其中[:：]?$/.test(shapeKey(previous.text))) {
      joined[joined.length - 1] = { ...previous, text: previous.text + token.text };
    } else joined.push(token);
  }
  return joined;
}

const isValueToken = isBudgetValue;

const placeholder = /^(?:…+|\.{3,}|指标\d{1,2}[:：]?)$/;

/** Drops unused-row placeholders (`指标1：`, `……`) from an indicator run, reporting them. */
function withoutPlaceholders(tokens: readonly Token[], repairs: Repair[]): Token[] {
  const kept = tokens.filter((token) => !placeholder.test(shapeKey(token.text)));
  const first = tokens.find((token) => placeholder.test(shapeKey(token.text)));
  if (first !== undefined) {
    repairs.push(
      repairAt(
        'placeholders_skipped',
        first,
        `跳过 ${tokens.length - kept.length} 个未用行的占位文字（指标1：、……）`,
        `Skipped ${tokens.length - kept.length} placeholders of unused rows (指标1：, ……)`,
      ),
    );
  }
  return kept;
}

/** Splits a goal text run into cells after each sentence end, at most `count` cells. */
function goalCells(tokens: readonly Token[], count: number): GridCell[] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    if (/[。！？；]$/.test(token.text) && groups.length < count - 1) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups.flatMap((group) => {
    const [head, ...tail] = group;
    return head === undefined ? [] : [cellOf([head, ...tail])];
  });
}

/** Reads the tokens after a title into rows, section by section. */
function readSections(tokens: readonly Token[], repairs: Repair[]): GridRow[] {
  const rows: GridRow[] = [];
  let index = 0;
  const kind = (at: number): TokenKind => {
    const token = tokens[at];
    return token === undefined ? 'other' : kindOf(token.text);
  };
  const takeWhile = (accept: (at: number) => boolean): Token[] => {
    const taken: Token[] = [];
    while (index < tokens.length && accept(index)) {
      const token = tokens[index];
      if (token !== undefined) taken.push(token);
      index += 1;
    }
    return taken;
  };
  let skipped: Token[] = [];
  const reportSkipped = (): void => {
    const first = skipped[0];
    if (first !== undefined) {
      repairs.push(
        repairAt(
          'tokens_skipped',
          first,
          `跳过 ${skipped.length} 段无法归入任何行的文字，自「${visibleText(first.text)}」起`,
          `Skipped ${skipped.length} pieces of text that fit no row, from "${visibleText(first.text)}"`,
        ),
      );
    }
    skipped = [];
  };
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    const here = kind(index);
    if (here !== 'other') reportSkipped();
    index += 1;
    switch (here) {
      case 'identity':
      case 'closing': {
        const text = takeWhile((at) => kind(at) === 'other');
        const [head, ...tail] = text;
        rows.push(
          rowOf(
            head === undefined ? [cellOf([token])] : [cellOf([token]), cellOf([head, ...tail])],
          ),
        );
        break;
      }
      case 'total': {
        const values = takeWhile((at) => isValueToken(tokens[at]?.text ?? ''));
        rows.push(rowOf([token, ...values].map((each) => cellOf([each]))));
        break;
      }
      case 'budgetBlock':
      case 'budgetColumn': {
        let header = [
          token,
          ...takeWhile((at) => kind(at) === 'budgetColumn' || isBudgetHeader(at)),
        ];
        if (
          here === 'budgetBlock' &&
          header.length > 2 &&
          budgetColumns(header.slice(1))[0] === undefined
        ) {
          // A block title (`预算执行情况(10分)`) before the rows' label column (`年度预算数(万元)`):
          // the title is a row of its own, the label column heads the labels.
          rows.push(rowOf([cellOf([token])]));
          header = header.slice(1);
        }
        rows.push(rowOf(header.map((each) => cellOf([each]))));
        const columns = budgetColumns(header.slice(here === 'budgetBlock' ? 1 : 0));
        while (kind(index) === 'budgetRow') {
          const label = tokens[index];
          index += 1;
          if (label === undefined) break;
          const values = takeWhile((at) => isValueToken(tokens[at]?.text ?? ''));
          rows.push(rowOf([cellOf([label]), ...budgetCells(label, values, columns, repairs)]));
        }
        break;
      }
      case 'goal': {
        const labels = [token, ...takeWhile((at) => kind(at) === 'goal')];
        rows.push(rowOf(labels.map((each) => cellOf([each]))));
        const text = takeWhile((at) => !goalEnds.includes(kind(at)));
        // 年度总体目标 heads the row; the labels after it head its text cells.
        const headed = headerKey(token.text) === '年度总体目标' && labels.length > 1;
        const cellCount = headed ? labels.length - 1 : labels.length;
        if (text.length > 0) rows.push(rowOf(goalCells(text, cellCount)));
        break;
      }
      case 'indicatorBlock':
      case 'indicatorColumn': {
        const header = [
          token,
          ...takeWhile((at) => kind(at) === 'indicatorColumn' || kind(at) === 'budgetColumn'),
        ];
        rows.push(rowOf(header.map((each) => cellOf([each]))));
        const body = withoutPlaceholders(
          takeWhile((at) => kind(at) !== 'total' && kind(at) !== 'closing'),
          repairs,
        );
        const read = indicatorRows(
          body,
          header.map((each) => columnRole(each.text)),
          repairs,
        );
        if (read === undefined) {
          const first = body[0];
          if (first !== undefined) {
            repairs.push(
              repairAt(
                'rows_unplaced',
                first,
                `指标行无法按表头「${visibleText(header.map((each) => each.text).join(' '))}」读出`,
                `The indicator rows do not fit the header "${visibleText(header.map((each) => each.text).join(' '))}"`,
              ),
            );
          }
        } else rows.push(...read);
        break;
      }
      case 'budgetRow':
      case 'other':
        skipped.push(token);
        break;
    }
  }
  reportSkipped();
  return rows;

  function isBudgetHeader(at: number): boolean {
    const role = columnRole(tokens[at]?.text ?? '');
    return role === 'weight' || role === 'score' || role === 'reason';
  }
}

/** Whether a line holds a whole table after a title: enough header words on the same line. */
function headerCount(tokens: readonly Token[]): number {
  return tokens.filter((token) => columnRole(token.text) !== undefined).length;
}

/** Reads one line's tables (one per title on it). */
function readLine(lineText: string, line: number): CellGrid[] {
  if (lineText.includes('|')) return [];
  const tokens = joinPieces(lineTokens(lineText, line));
  const titles = tokens.flatMap((token, index) => (isTableTitle(token.text) ? [index] : []));
  const first = titles[0];
  if (first === undefined || tokens.length - first < 12 || headerCount(tokens.slice(first)) < 3) {
    return [];
  }
  const grids: CellGrid[] = [];
  titles.forEach((start, order) => {
    const title = tokens[start];
    const end = titles[order + 1] ?? tokens.length;
    const body = tokens.slice(start + 1, end);
    if (title === undefined || headerCount(body) < 3) return;
    const repairs: Repair[] = [];
    const properties = order === 0 ? tokens.slice(0, start) : [];
    const firstProperty = properties[0];
    if (firstProperty !== undefined) {
      repairs.push(
        repairAt(
          'properties_skipped',
          firstProperty,
          `跳过标题前的 ${properties.length} 项文档属性（作者、模板、时间、版本号等）`,
          `Skipped ${properties.length} document properties before the title (author, template, times, build …)`,
        ),
      );
    }
    const rows = readSections(body, repairs);
    grids.push({ layout: 'one-line', title: cellOf([title]), rows, repairs });
  });
  return grids;
}

/**
 * Reads the tables a text holds with each whole table on one space-separated line (a .doc/.docx
 * dump), document properties first: the properties before the title are skipped, labels own the
 * numbers up to the next label, the goal texts are text, and the indicator rows are rebuilt from
 * the header's column order and the value shapes (operators, units, `%`, level words).
 *
 * @param text - the whole text
 * @returns one grid per table found; `[]` for text in any other layout
 *
 * @example
 * readOneLineTables('张某 tpl1 项目支出绩效自评表 项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 10 10 9 10 90% 9');
 * // → [{ layout: 'one-line', title: 项目支出绩效自评表, rows: [header, 年度资金总额 row], … }]
 */
export function readOneLineTables(text: string): readonly CellGrid[] {
  if (typeof text !== 'string') return [];
  return textLines(text).flatMap((lineText, index) => readLine(lineText, index + 1));
}
