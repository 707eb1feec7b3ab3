import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import type { CellGrid, CellLocation } from '../CellGrid.js';
import { runOnLayoutReaders } from './runOnLayoutReaders.js';

const words = [
  '项目支出绩效自评表',
  '部门整体支出绩效自评表（2024年度）',
  '（2024年度）',
  '项目名称',
  '年度资金总额',
  '其中：',
  '当年财政拨款',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '执行率',
  '分值',
  '得分',
  '权重',
  '得分系数(%)',
  '指标名称',
  '指标性质',
  '定量',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '绩效指标',
  '年度总体目标',
  '产出指标（50分）',
  '数量指标',
  '目标设定（14',
  '分）',
  '达成',
  '部分达成',
  '合计',
  '总分',
  '得分为',
  '…',
  '/',
  '无',
  '≥',
  '≥95%',
  '3420册',
  '10',
  '9.58',
  '860.00912.00',
  '100%33',
  'O.8%',
  '|',
  '(',
  '）',
];
const separators = [' ', ' ', ' ', '\n', '\r\n', '', '\t', '\u3000'];
const vocabularyText = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 80 })
  .map((pieces) => pieces.map(([word, separator]) => word + separator).join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  vocabularyText,
);

/** Every location a grid gives, of its title, cells and repairs. */
function locations(grid: CellGrid): CellLocation[] {
  return [
    ...(grid.title === undefined ? [] : [grid.title.location]),
    ...grid.rows.flatMap((row) => row.cells.map((cell) => cell.location)),
    ...grid.repairs.map((repair) => repair.location),
  ];
}

function outsideText(text: string, location: CellLocation): boolean {
  if (location.kind !== 'text') return true;
  const lines = text.split(/\r\n|\n|\r/);
  const line = lines[location.line - 1];
  if (line === undefined || location.line < 1) return true;
  const column = location.column ?? 1;
  return column < 1 || column > Math.max(1, line.length);
}

describe.each(runOnLayoutReaders)('the $layout reader on any text', (reader) => {
  test.prop([anyText], { numRuns: 150 })(
    'never throws, and its grids are of its layout',
    (text) => {
      const grids = reader.read(text);
      expect(Array.isArray(grids)).toBe(true);
      expect(grids.filter((grid) => grid.layout !== reader.layout)).toEqual([]);
    },
  );

  test.prop([vocabularyText], { numRuns: 150 })('every location lies within the text', (text) => {
    const outside = reader
      .read(text)
      .flatMap(locations)
      .filter((location) => outsideText(text, location));
    expect(outside).toEqual([]);
  });
});

const fixtureNames = [
  'oneline-example-c.txt',
  'oneline-project-national.txt',
  'oneline-project-10-90.txt',
  'columns-national-output.txt',
  'columns-dept-cell-per-line.txt',
  'columns-reordered-weights.txt',
  'pairs-decision-tree.txt',
  'pairs-two-level.txt',
  'ocr-department.txt',
  'ocr-mangled.txt',
];
const fixtures = fixtureNames.map((name) =>
  readFileSync(new URL(`../../../test/fixtures/tables/${name}`, import.meta.url), 'utf8'),
);

/** A fixture with some of its space-separated pieces dropped or doubled: damaged but close. */
const damagedFixture = fc
  .tuple(
    fc.constantFrom(...fixtures),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', 'break')), { maxLength: 6 }),
  )
  .map(([text, edits]) => {
    const pieces = text.split(' ');
    for (const [at, edit] of edits) {
      const index = at % pieces.length;
      const piece = pieces[index] ?? '';
      if (edit === 'drop') pieces.splice(index, 1);
      else if (edit === 'double') pieces.splice(index, 0, piece);
      else pieces[index] = `${piece}\n`;
    }
    return pieces.join(' ');
  });

describe.each(runOnLayoutReaders)('the $layout reader on damaged fixtures', (reader) => {
  test.prop([damagedFixture], { numRuns: 100 })(
    'never throws, every location within the text',
    (text) => {
      const outside = reader
        .read(text)
        .flatMap(locations)
        .filter((location) => outsideText(text, location));
      expect(outside).toEqual([]);
    },
  );
});
