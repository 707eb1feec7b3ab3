import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { CellGrid } from '../CellGrid.js';
import { budgetPartLabels, textRowLabels, totalLabels } from '../vocabulary.js';
import { readCellPerLineTables } from './readCellPerLineTables.js';
import { readCellPerParagraphTables } from './readCellPerParagraphTables.js';
import { readCsvTables } from './readCsvTables.js';
import { readMarkdownTables } from './readMarkdownTables.js';
import { readPipeTables } from './readPipeTables.js';
import { readTextTables } from './readTextTables.js';

const readers = [
  readTextTables,
  readPipeTables,
  readMarkdownTables,
  readCsvTables,
  readCellPerLineTables,
  readCellPerParagraphTables,
];

const words = [
  '项目支出绩效自评表（2024年度）',
  '（2024年度）',
  '一级指标',
  '三级指标',
  '分值',
  '分 值',
  '得分',
  '全年',
  '预算数',
  '偏差原因分析及改进措施',
  '年度资金总额：',
  '其中：当年财政拨款',
  '产出指标(50分)',
  '质量指标',
  '总分',
  '项目名称',
  '≥95%',
  '达成',
  '/',
  '0',
  '9.58',
  '1,200.00',
  '96.00%',
  '\u00a0',
  '\ufeff',
];
const separators = [
  '|',
  '||',
  '| |',
  ' | ',
  ',',
  ';',
  '\t',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\\|',
  '|---|',
  ' ',
  "'=",
];

/** Random mixes of the vocabulary's words, numbers and separators, and arbitrary strings. */
const textArbitrary = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .array(fc.oneof(fc.constantFrom(...words, ...separators), fc.string({ maxLength: 6 })), {
      maxLength: 120,
    })
    .map((parts) => parts.join('')),
);

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

/** Every location of a grid: its title's and its cells'. */
const linesOf = (grids: readonly CellGrid[]): number[] =>
  grids
    .flatMap((grid) => [
      ...(grid.title === undefined ? [] : [grid.title.location]),
      ...grid.rows.flatMap((row) => row.cells.map((cell) => cell.location)),
      ...grid.repairs.map((repair) => repair.location),
    ])
    .map((location) => (location.kind === 'text' ? location.line : -1));

describe('the text readers never throw, and locate every cell inside the text', () => {
  test.prop([textArbitrary], { numRuns: 200 })('any text', (text) => {
    for (const read of readers) {
      const grids = read(text);
      expect(Array.isArray(grids)).toBe(true);
      const total = lineCount(text);
      for (const line of linesOf(grids)) {
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(total);
      }
    }
  });
});

const header = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '原因',
];
const labels = [
  ...budgetPartLabels,
  ...totalLabels,
  ...textRowLabels,
  '产出指标(50分)',
  '质量指标',
];
const values = ['', '10', '9.58', '≥95%', '93%', '达成', '/', '0', '部分达成，下年改进', '分 值'];

/** A grid as rows of cell texts: a header row, then rows that open with a row label. */
const gridArbitrary = fc
  .array(
    fc.tuple(fc.constantFrom(...labels), fc.array(fc.constantFrom(...values), { maxLength: 7 })),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => [header, ...rows.map(([label, cells]) => [label, ...cells])]);

/**
 * The tiny renderer: one line per row, cells joined by ` | `, with or without a closing `|`
 * (without one, a row ending in an empty cell ends in `|`, as the layout writes it).
 */
const renderPipe = (rows: readonly (readonly string[])[], closing: boolean): string =>
  rows.map((row) => row.join(' | ') + (closing ? ' |' : '')).join('\n');

/**
 * Without closing bars, a line ending in `|` is ambiguous (a closing bar, or an empty last cell
 * when most lines close): those rows end at their last filled cell.
 */
const withoutTrailingEmpty = (row: readonly string[]): readonly string[] => {
  let end = row.length;
  while (end > 1 && row[end - 1] === '') end -= 1;
  return row.slice(0, end);
};

describe('a grid rendered back to | text reads back as the same cells', () => {
  test.prop([gridArbitrary, fc.boolean()], { numRuns: 200 })(
    'round trip through readPipeTables',
    (generated, closing) => {
      const rows = closing ? generated : generated.map(withoutTrailingEmpty);
      const grids = readPipeTables(renderPipe(rows, closing));
      const read = grids.map((grid) => grid.rows.map((row) => row.cells.map((cell) => cell.text)));
      expect(read).toEqual([rows]);
      expect(grids[0]?.repairs).toEqual([]);
    },
  );
});
