// The score workbook of each bundled example, read back from its bytes: every cached value is
// the evaluation's own string, every sum, rate and the grade a formula with the text expected,
// the categories' names merged down over their descendants; the same evaluation always gives
// the same bytes, and the library's own .xlsx reader reads the file.
import { describe, expect, test } from 'vitest';
import type { NodeResult } from '../src/index.js';
import { auditDocument } from '../src/audit/auditDocument.js';
import { readDocument } from '../src/tables/readDocument.js';
import { cellReference } from '../src/render/xlsx/cellReference.js';
import { writeScoreWorkbook } from '../src/export.js';
import { exampleJson, exampleNames, scoredWorkbook } from './support/exampleWorkbooks.js';
import { workbookSheets } from './support/workbookCells.js';

/** What each example's sheet holds outside the indicator rows. */
const expected = {
  'nanzhou-2023': {
    levels: 4,
    budget: {
      row: 6,
      initial: undefined,
      fullYear: '23135.18',
      executed: '23033.06',
      rate: '99.56',
    },
    budgetLeaf: { cell: 'F28', formula: 'ROUND(MIN(C6/B6,1)*E28,2)', value: '9.96' },
    total: {
      row: 60,
      weight: 'SUM(E9,E29)',
      score: 'SUM(F9,F29)',
      values: ['100', '91.46', '91.46'],
    },
  },
  'project-2024': {
    levels: 3,
    budget: { row: 6, initial: '1200', fullYear: '1350', executed: '1282.5', rate: '95.00' },
    budgetLeaf: { cell: 'E9', formula: 'ROUND(MIN(C6/B6,1)*D9,2)', value: '9.50' },
    total: {
      row: 30,
      weight: 'SUM(D9,D10,D20,D27)',
      score: 'SUM(E9,E10,E20,E27)',
      values: ['100', '94.60', '94.60'],
    },
  },
} as const;

describe.each(exampleNames)('the score workbook of %s', (name) => {
  const sheetOf = async () => {
    const { evaluation, bytes } = await scoredWorkbook(exampleJson(name));
    const [sheet, ...others] = workbookSheets(bytes);
    if (sheet === undefined) throw new Error('no sheet');
    expect(others).toEqual([]);
    return { evaluation, bytes, sheet };
  };
  const want = expected[name];

  test('every indicator row: names, cached values, formulas and merges', async () => {
    const { evaluation, sheet } = await sheetOf();
    const cell = (reference: string) => sheet.cells.get(reference);
    const { levels } = want;
    const [weight, score, rate] = [levels, levels + 1, levels + 2];
    const header = [...sheet.cells].find(([, each]) => each.value === '一级指标')?.[0];
    expect(header).toBe(`A${String(want.budget.row + 2)}`);
    let row = want.budget.row + 2;
    const merges = new Set<string>([`A1:${cellReference(0, levels + 3)}`]);
    let formulas = 0;
    const visit = (node: NodeResult, depth: number): number => {
      const own = row;
      row += 1;
      const at = (column: number) => cell(cellReference(own, column));
      expect(at(depth - 1)?.value).toBe(node.name.zh);
      expect(at(weight)?.value).toBe(node.weight);
      expect(at(score)?.value).toBe(node.score ?? '—');
      expect(at(rate)?.value ?? '').toBe(node.scoreRatePercent ?? '');
      if (node.scoreRatePercent !== null) {
        expect(at(rate)?.formula).toBe(
          `ROUND(${cellReference(own, score)}*100/${cellReference(own, weight)},2)`,
        );
        formulas += 1;
      }
      if (node.type === 'leaf') {
        if (depth < levels)
          merges.add(`${cellReference(own, depth - 1)}:${cellReference(own, levels - 1)}`);
        expect(at(weight)?.formula).toBeUndefined();
        if (node.role === 'budget-execution') {
          expect(cellReference(own, score)).toBe(want.budgetLeaf.cell);
          expect(at(score)).toEqual({
            value: want.budgetLeaf.value,
            type: 'n',
            formula: want.budgetLeaf.formula,
          });
          formulas += 1;
        } else expect(at(score)?.formula).toBeUndefined();
        return own;
      }
      const children = node.children.map((child) => visit(child, depth + 1));
      const last = row - 1;
      merges.add(`${cellReference(own, depth - 1)}:${cellReference(last, depth - 1)}`);
      if (depth < levels) expect(at(depth)?.value).toBe('');
      const sum = (column: number) =>
        `SUM(${children.map((child) => cellReference(child, column)).join(',')})`;
      expect(at(weight)?.formula).toBe(sum(weight));
      expect(at(score)?.formula).toBe(sum(score));
      formulas += 2;
      return own;
    };
    evaluation.indicators.forEach((node) => visit(node, 1));

    const total = want.total.row;
    const totalCell = (column: number) => cell(cellReference(total - 1, column));
    expect(totalCell(0)?.value).toBe('总分');
    expect(
      [totalCell(weight), totalCell(score), totalCell(rate)].map((each) => each?.value),
    ).toEqual([...want.total.values.slice(0, 2), evaluation.scoreRatePercent]);
    expect(want.total.values.slice(1)).toEqual([evaluation.total, evaluation.rawTotal]);
    expect(totalCell(weight)?.formula).toBe(want.total.weight);
    expect(totalCell(score)?.formula).toBe(want.total.score);
    const [w, s] = [cellReference(total - 1, weight), cellReference(total - 1, score)];
    expect(totalCell(rate)?.formula).toBe(`ROUND(${s}*100/${w},2)`);
    const gradeCell = cell(cellReference(total, weight));
    expect(cell(`A${String(total + 1)}`)?.value).toBe('等级');
    expect(gradeCell).toEqual({
      value: '优',
      type: 'str',
      formula: `IF(${s}>=90,"优",IF(${s}>=80,"良",IF(${s}>=60,"中","差")))`,
    });
    formulas += 4;
    merges.add(`A${String(total)}:${cellReference(total - 1, levels - 1)}`);
    merges.add(`A${String(total + 1)}:${cellReference(total, levels - 1)}`);
    merges.add(`${cellReference(total, weight)}:${cellReference(total, levels + 3)}`);

    const { budget } = want;
    const amounts = [0, 1, 2, 3].map((column) => cell(cellReference(budget.row - 1, column)));
    expect(amounts.map((each) => each?.value ?? '')).toEqual([
      budget.initial ?? '',
      budget.fullYear,
      budget.executed,
      budget.rate,
    ]);
    const b = budget.row;
    expect(amounts[3]?.formula).toBe(`ROUND(C${String(b)}*100/B${String(b)},2)`);
    formulas += 1;
    expect([...sheet.cells.values()].filter((each) => each.formula !== undefined)).toHaveLength(
      formulas,
    );
    for (const line of [`A2:${cellReference(1, levels + 3)}`, `A3:${cellReference(2, levels + 3)}`])
      merges.add(line);
    expect(new Set(sheet.merges)).toEqual(merges);
    expect(sheet.merges).toHaveLength(merges.size);
  });

  test('the same evaluation gives the same bytes, which the .xlsx reader reads', async () => {
    const first = await sheetOf();
    const second = await sheetOf();
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const read = await readDocument(first.bytes);
    expect(read.ok).toBe(true);
  });
});

describe('writeScoreWorkbook', () => {
  test('without fflate: a missing_dependency issue naming the install command', async () => {
    const { evaluation } = await scoredWorkbook(exampleJson('project-2024'));
    const written = await writeScoreWorkbook(evaluation, {
      loader: () => Promise.reject(new Error('Cannot find package fflate')),
    });
    expect(written.ok).toBe(false);
    if (!written.ok) {
      expect(written.issues[0].code).toBe('missing_dependency');
      expect(written.issues[0].message.en).toContain('npm install fflate@^0.8.0');
    }
  });

  test('budget amounts that are not decimals are issues at their path', async () => {
    const { evaluation } = await scoredWorkbook(exampleJson('project-2024'));
    const written = await writeScoreWorkbook(evaluation, {
      budget: { fullYear: 'lots', executed: '1' },
    });
    expect(written.ok ? [] : written.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_number', ['options', 'budget', 'fullYear']],
    ]);
  });

  test('grade bands that do not give the evaluation’s grade: the grade as a value', async () => {
    const { evaluation } = await scoredWorkbook(exampleJson('project-2024'));
    const written = await writeScoreWorkbook(evaluation, {
      grades: [
        { grade: 'A', min: '95' },
        { grade: 'B', min: '0' },
      ],
    });
    if (!written.ok) throw new Error('not written');
    const grade = [...(workbookSheets(written.value)[0]?.cells.values() ?? [])].find(
      (cell) => cell.value === '优',
    );
    expect(grade).toEqual({ value: '优', type: 's' });
  });
});

describe('each example’s workbook read back by jixiao’s audit', () => {
  test.each(exampleNames)(
    '%s is consistent: every sum, the budget score, the total and the 等级 row',
    async (name) => {
      const { bytes } = await scoredWorkbook(exampleJson(name));
      const read = await readDocument(bytes);
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const audit = auditDocument(read.value);
      if (!audit.ok) throw new Error(JSON.stringify(audit.issues));
      expect(audit.value.checks.filter((check) => check.verdict === 'inconsistent')).toEqual([]);
      expect(audit.value.status).toBe('consistent');
      // The 等级 row states the grade the total earns, and is read as that, not as an indicator.
      expect(audit.value.checks.some((check) => check.code.includes('grade'))).toBe(true);
    },
  );
});
