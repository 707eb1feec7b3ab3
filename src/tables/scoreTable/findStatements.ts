import type { GridCell } from '../CellGrid.js';
import { gradeCellLabels, headerKey } from '../vocabulary.js';
import { compactText, readCellValue } from './readCellValue.js';
import type { StatedValue } from './ScoreTable.js';

/** Words that open a total in a sentence (`项目自评得分95.18分`), longest first. */
const totalKeywords: readonly string[] = [
  '自评总得分',
  '自评总分',
  '自评得分',
  '综合评分',
  '综合得分',
];

/** Labels of a cell whose neighbour is the total (`自评总分(分) | 95.3`). */
const totalCellLabels: readonly string[] = ['自评总分', '自评得分', '综合得分', '综合评分'];

/** Labels of a cell whose neighbour is the grade (`评价等级 | 优`). */

/** Grade words as written, longest first so 不合格 is not read as 合格 nor 优秀 as 优. */
export const gradeWords: readonly string[] = [
  '不合格',
  '优秀',
  '良好',
  '中等',
  '合格',
  '较差',
  '优',
  '良',
  '中',
  '差',
];

/** Characters between a keyword and its value: 为, 是, colons, quotes, spaces. */
const fillers: ReadonlySet<string> = new Set([
  '为',
  '是',
  '：',
  ':',
  '"',
  '“',
  '”',
  '「',
  '」',
  "'",
  '‘',
  '’',
  '《',
  '》',
  '了',
]);

/**
 * Totals and grades stated in text cells: a label cell and its neighbour (`自评总分(分) | 95.3`,
 * `评价等级 | 优`), a number fused to its label, and the sentence forms of a conclusion
 * (`项目自评得分95.18分，评价等级为优。`). A linear scan, no backtracking.
 *
 * @param cells - the cells of a row
 * @returns the totals and grades found, in reading order
 *
 * @example
 * findStatements([cell('评价结论'), cell('项目自评得分95.18分，评价等级为优。')]);
 * // → { totals: [{ written: '95.18', how: 'sentence', … }], grades: [{ written: '优', … }] }
 */
export function findStatements(cells: readonly GridCell[]): {
  readonly totals: readonly StatedValue[];
  readonly grades: readonly StatedValue[];
} {
  const totals: StatedValue[] = [];
  const grades: StatedValue[] = [];
  cells.forEach((cell, index) => {
    const key = headerKey(cell.text);
    const next = cells[index + 1];
    const label = totalCellLabels.find((each) => key.startsWith(each));
    if (label !== undefined) {
      const fused = readCellValue({ text: key.slice(label.length), location: cell.location });
      const after = readCellValue(next);
      if (fused.kind === 'number') totals.push({ written: fused.written, cell, how: 'label-cell' });
      else if (key === label && after.kind === 'number' && next !== undefined) {
        totals.push({ written: after.written, cell: next, how: 'label-cell' });
      }
      if (fused.kind === 'number' || key === label) return;
    }
    if (gradeCellLabels.includes(key) && next !== undefined) {
      const word = compactText(next.text);
      if (gradeWords.includes(word)) grades.push({ written: word, cell: next, how: 'label-cell' });
      return;
    }
    scanSentence(cell, totals, grades);
  });
  return { totals, grades };
}

function skipFillers(text: string, from: number): number {
  let at = from;
  while (at < text.length && (fillers.has(text.charAt(at)) || /\s/u.test(text.charAt(at)))) at += 1;
  return at;
}

function numberAt(text: string, from: number): { written: string; end: number } | undefined {
  let at = from;
  while (at < text.length && /[0-9.]/u.test(text.charAt(at))) at += 1;
  const written = text.slice(from, at);
  if (!/^\d+(?:\.\d+)?$/u.test(written)) return undefined;
  return { written, end: at };
}

function scanSentence(cell: GridCell, totals: StatedValue[], grades: StatedValue[]): void {
  const text = cell.text.normalize('NFKC');
  for (let at = 0; at < text.length; at += 1) {
    const keyword = totalKeywords.find((each) => text.startsWith(each, at));
    if (keyword !== undefined) {
      const before = text.slice(Math.max(0, at - 2), at);
      const start = skipFillers(text, at + keyword.length);
      const found = numberAt(text, start);
      if (found !== undefined && before !== '指标') {
        const unit = skipFillers(text, found.end);
        if (text.charAt(unit) === '分' && text.charAt(unit + 1) !== '值') {
          totals.push({ written: found.written, cell, how: 'sentence' });
        }
      }
      at += keyword.length - 1;
      continue;
    }
    if (text.startsWith('等级', at)) {
      const start = skipFillers(text, at + 2);
      const word = gradeWords.find((each) => text.startsWith(each, start));
      if (word !== undefined) grades.push({ written: word, cell, how: 'sentence' });
      at += 1;
    }
  }
}
