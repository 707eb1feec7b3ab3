// Random schemes (every built-in rule kind, some leaves 不适用, every rounding mode) written as
// score workbooks and read back from their bytes: every SUM's cached value is the exact sum of
// the cached values it names, the total and grade cells hold jixiao's total and grade, and each
// category's cached score is the evaluation's.
import fc from 'fast-check';
import { test } from '@fast-check/vitest';
import { zipSync } from 'fflate';
import { describe, expect } from 'vitest';
import {
  decimal,
  evaluate,
  roundingModes,
  type Dec,
  type NodeResult,
  type Scheme,
} from '../src/index.js';
import { inputsArbitrary, schemeArbitrary } from '../src/testing.js';
import { scoreWorkbook } from '../src/render/xlsx/scoreWorkbook.js';
import { writeWorkbook } from '../src/render/xlsx/writeWorkbook.js';
import { workbookSheets } from './support/workbookCells.js';

const generated = fc
  .tuple(schemeArbitrary(), fc.constantFrom(...roundingModes), fc.integer({ min: 0, max: 3 }))
  .map(([scheme, mode, scale]): Scheme => ({ ...scheme, rounding: { scale, mode } }))
  .chain((scheme) => inputsArbitrary(scheme).map((inputs) => ({ scheme, inputs })));

function nodes(list: readonly NodeResult[]): NodeResult[] {
  return list.flatMap((node) => [node, ...(node.type === 'category' ? nodes(node.children) : [])]);
}

describe('score workbooks of random schemes', () => {
  test.prop([generated], { numRuns: 60 })(
    'cached sums are the sums of their cells, and the total and grade are jixiao’s',
    ({ scheme, inputs }) => {
      const evaluated = evaluate(scheme, inputs);
      if (!evaluated.ok) return;
      const evaluation = evaluated.value;
      const model = scoreWorkbook(evaluation, {
        grades: scheme.grades.map((band) => ({ grade: band.grade, min: band.min })),
      });
      if (!model.ok) throw new Error(JSON.stringify(model.issues));
      const [sheet] = workbookSheets(writeWorkbook(model.value, { zipSync }));
      if (sheet === undefined) throw new Error('no sheet');
      const number = (reference: string): Dec | undefined => {
        const cell = sheet.cells.get(reference);
        return cell?.type === 'n' && cell.value !== '' ? decimal(cell.value) : undefined;
      };
      let sums = 0;
      for (const [reference, cell] of sheet.cells) {
        const named = /^SUM\(([A-Z]+\d+(?:,[A-Z]+\d+)*)\)$/u.exec(cell.formula ?? '');
        if (named === null) continue;
        sums += 1;
        const sum = (named[1] ?? '')
          .split(',')
          .reduce((total, each) => total.plus(number(each) ?? 0), decimal(0));
        expect(sum.equals(decimal(cell.value)), `${reference} = ${cell.formula ?? ''}`).toBe(true);
      }
      const categories = nodes(evaluation.indicators).filter((node) => node.type === 'category');
      const scored = categories.filter((node) => node.score !== null);
      // Two SUMs (分值, 得分) per scored category, one (分值) per category left out, two for 总分.
      expect(sums).toBe(scored.length * 2 + (categories.length - scored.length) + 2);
      const label = (text: string) =>
        [...sheet.cells].find(([, cell]) => cell.value === text)?.[0].replace(/^A/u, '');
      const totalRow = label('总分');
      const gradeRow = label('等级');
      const weightColumn = [...sheet.cells].find(([, cell]) => cell.value === '分值')?.[0];
      const column = weightColumn?.replace(/\d+$/u, '') ?? '';
      const scoreColumn = String.fromCharCode(column.charCodeAt(0) + 1);
      expect(sheet.cells.get(`${scoreColumn}${totalRow ?? ''}`)?.value).toBe(evaluation.total);
      expect(sheet.cells.get(`${column}${totalRow ?? ''}`)?.value).toBe(evaluation.fullMarks);
      const grade = sheet.cells.get(`${column}${gradeRow ?? ''}`);
      expect(grade?.value).toBe(evaluation.grade.grade);
      expect(grade?.formula).toMatch(/^IF\(/u);
      const categoryScores = [...sheet.cells]
        .filter(
          ([reference, cell]) =>
            reference.startsWith(scoreColumn) && cell.formula?.startsWith('SUM(') === true,
        )
        .map(([, cell]) => cell.value);
      expect(categoryScores).toEqual([
        ...scored.map((node) => node.score),
        ...(evaluation.notApplicable.rescaleFactor === '1'
          ? [evaluation.total]
          : [evaluation.rawTotal]),
      ]);
    },
  );
});
