import { describe, expect, test } from 'vitest';
import type { CellGrid } from '../CellGrid.js';
import { fixtureText } from '../../../test/support/fixtureGrids.js';
import { readPipeTables } from './readPipeTables.js';
import { readTextTables } from './readTextTables.js';
import { textLayoutReaders } from './textLayoutReaders.js';

const layoutsOf = (grids: readonly CellGrid[]): string[] => grids.map((grid) => grid.layout);

describe('detection: the layout that explains a text best', () => {
  test.each([
    ['pipe-example-a.txt', ['pipe']],
    ['pipe-department-sequence.txt', ['pipe']],
    ['pipe-project-10-90.txt', ['pipe', 'pipe']],
    ['markdown-20-80.md', ['markdown']],
    ['markdown-department-flat.md', ['markdown']],
    ['csv-project-10-90.csv', ['csv']],
    ['csv-20-80-tab.tsv', ['csv']],
    ['perline-example-b.txt', ['cell-per-line']],
    ['perline-20-80-bar.txt', ['cell-per-line']],
    ['perline-department-sequence.txt', ['cell-per-line']],
    ['paragraph-national.txt', ['cell-per-paragraph']],
    ['paragraph-10-90.txt', ['cell-per-paragraph']],
  ])('%s is read as %j', (name, layouts) => {
    expect(layoutsOf(readTextTables(fixtureText(name)))).toEqual(layouts);
  });

  test("the detected grids are the layout reader's own", () => {
    const text = fixtureText('pipe-example-a.txt');
    expect(readTextTables(text)).toEqual(readPipeTables(text));
  });

  test('text that is no table gives []', () => {
    const narrative = [
      '某县示例局2024年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '某县示例局为县政府工作部门，内设股室5个，年末实有人员38人。',
      '',
      '本局对照规划、执行、效果三类指标逐项自评，综合评分为94.9分，评价等级为优。',
    ].join('\n');
    expect(readTextTables(narrative)).toEqual([]);
    expect(readTextTables('')).toEqual([]);
    expect(readTextTables('项目支出绩效自评表（2024年度）')).toEqual([]);
  });

  test('a value that is not a string gives [] rather than throwing', () => {
    expect(readTextTables(42 as unknown as string)).toEqual([]);
  });

  test('the readers list names each layout once, and other readers can be passed in', () => {
    expect(textLayoutReaders.map((reader) => reader.layout)).toEqual([
      'markdown',
      'csv',
      'pipe',
      'cell-per-paragraph',
      'cell-per-line',
    ]);
    const text = fixtureText('pipe-example-a.txt');
    const onlyLines = textLayoutReaders.filter((reader) => reader.layout === 'cell-per-line');
    expect(readTextTables(text, onlyLines)).toEqual([]);
  });
});
