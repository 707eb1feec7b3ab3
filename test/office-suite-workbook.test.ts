// LibreOffice Calc recalculates the score workbooks jixiao writes: with a user profile that
// says to recalculate every formula on load, Calc opens each bundled example's workbook and
// saves it again, and every formula's recalculated value must be jixiao's exact result (as a
// number: Calc writes 99.6 for 99.60). A leaf score edited in the sheet (and a budget amount)
// must carry through to the sums, the total and the grade exactly as jixiao scores the edited
// data; and each rounding mode's formula must round midpoints as jixiao does. Without soffice
// the tests are skipped with a warning locally, and fail in CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import { decimal, formatDecimal, roundDecimal, roundingModes } from '../src/index.js';
import { cellNumber } from '../src/render/xlsx/cellNumber.js';
import { roundFormula } from '../src/render/xlsx/roundFormula.js';
import { writeWorkbook } from '../src/render/xlsx/writeWorkbook.js';
import { exampleJson, scoredWorkbook, type ExampleName } from './support/exampleWorkbooks.js';
import { findSoffice, recalculateWithSuite } from './support/officeSuite.js';
import { workbookSheets, type ReadSheet } from './support/workbookCells.js';

const soffice = findSoffice();
const required =
  'LibreOffice is required for the workbook recalculation tests: soffice is not on PATH (apt-get install --no-install-recommends libreoffice-calc-nogui fonts-wqy-zenhei)';
const inCi = process.env['CI'] === 'true';
if (soffice === undefined && !inCi) console.warn(`office-suite-workbook: skipped. ${required}`);
/** A few soffice starts: this only guards against a hang. */
const timeout = 180_000;

/** The one sheet of a workbook. */
function sheetOf(bytes: Uint8Array): ReadSheet {
  const [sheet] = workbookSheets(bytes);
  if (sheet === undefined) throw new Error('the workbook has no sheet');
  return sheet;
}

/** Each formula cell's value, by reference. */
function formulaValues(sheet: ReadSheet): Map<string, { formula: string; value: string }> {
  const found = new Map<string, { formula: string; value: string }>();
  for (const [reference, cell] of sheet.cells)
    if (cell.formula !== undefined)
      found.set(reference, { formula: cell.formula, value: cell.value });
  return found;
}

/** A stored value as a test compares it: a number by its value, text as it is. */
const comparable = (value: string): string | number =>
  /^-?\d+(?:\.\d+)?(?:E[-+]?\d+)?$/iu.test(value) ? Number(value) : value;

/** The workbook with one cell's stored value replaced in its sheet XML. */
function editCell(bytes: Uint8Array, reference: string, value: string): Uint8Array {
  const parts = unzipSync(bytes);
  const name = 'xl/worksheets/sheet1.xml';
  const xml = strFromU8(parts[name] ?? new Uint8Array());
  const pattern = new RegExp(`(<c r="${reference}"[^>]*><v>)[^<]*(</v></c>)`, 'u');
  if (!pattern.test(xml)) throw new Error(`no plain value in ${reference}`);
  parts[name] = strToU8(xml.replace(pattern, `$1${value}$2`));
  return zipSync(parts, { level: 6, mtime: new Date(2000, 0, 1) });
}

/** The reference of the cell in a column on the row whose cell holds `text`. */
function besideText(sheet: ReadSheet, text: string, column: string): string {
  const found = [...sheet.cells].find(([, cell]) => cell.value === text)?.[0];
  if (found === undefined) throw new Error(`no cell holds ${text}`);
  return `${column}${found.replace(/^[A-Z]+/u, '')}`;
}

/** Midpoints and near-midpoints where the rounding modes part, with the scale to round them to. */
const roundingCases: readonly (readonly [value: string, scale: number])[] = [
  ['1.005', 2],
  ['2.675', 2],
  ['0.125', 2],
  ['0.135', 2],
  ['-0.125', 2],
  ['8.345', 2],
  ['1.115', 2],
  ['9.955859431394093', 2],
  ['1.0049', 2],
  ['2.5', 0],
  ['3.5', 0],
  ['-2.5', 0],
  ['0', 2],
  ['89.625', 2],
  ['43.02', 1],
];

if (soffice === undefined && inCi)
  test('LibreOffice is installed on the CI machine', () => {
    throw new Error(required);
  });

describe.skipIf(soffice === undefined)('LibreOffice Calc recalculates the score workbooks', () => {
  const office = soffice ?? 'soffice';
  const folder = mkdtempSync(join(tmpdir(), 'jixiao-workbook-recalc-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  test(
    'every formula of both examples recalculates to jixiao’s result; edits carry through',
    async () => {
      const nanzhou = await scoredWorkbook(exampleJson('nanzhou-2023'));
      const project = await scoredWorkbook(exampleJson('project-2024'));
      // A leaf score edited in the sheet: 新增预算项目事前绩效评估 3 → 1.5, and the data edited alike.
      const nanzhouEdited = exampleJson('nanzhou-2023');
      const inputs = nanzhouEdited['inputs'] as Record<string, unknown>;
      inputs['pre-assessment'] = { level: '部分完成', score: '1.5', reason: '部分完成' };
      const nanzhouExpected = await scoredWorkbook(nanzhouEdited);
      const preAssessment = besideText(sheetOf(nanzhou.bytes), '新增预算项目事前绩效评估', 'F');
      // A budget amount edited: 全年执行数 1,282.50 → 1,300.00, and the data edited alike.
      const projectEdited = exampleJson('project-2024');
      (projectEdited['budget'] as Record<string, unknown>)['executed'] = '1,300.00';
      const projectExpected = await scoredWorkbook(projectEdited);
      const executed = 'C6';
      expect(sheetOf(project.bytes).cells.get(executed)?.value).toBe('1282.5');
      const files = new Map<string, Uint8Array>([
        ['nanzhou.xlsx', nanzhou.bytes],
        ['project.xlsx', project.bytes],
        ['nanzhou-edited.xlsx', editCell(nanzhou.bytes, preAssessment, '1.5')],
        ['project-edited.xlsx', editCell(project.bytes, executed, '1300')],
      ]);
      const saved = await recalculateWithSuite(office, folder, files);
      const pairs: readonly (readonly [string, Uint8Array, ExampleName])[] = [
        ['nanzhou.xlsx', nanzhou.bytes, 'nanzhou-2023'],
        ['project.xlsx', project.bytes, 'project-2024'],
        ['nanzhou-edited.xlsx', nanzhouExpected.bytes, 'nanzhou-2023'],
        ['project-edited.xlsx', projectExpected.bytes, 'project-2024'],
      ];
      for (const [name, expectedBytes] of pairs) {
        const recalculated = saved.get(name);
        if (recalculated === undefined) throw new Error(`Calc saved no ${name}`);
        const ours = formulaValues(sheetOf(expectedBytes));
        const theirs = formulaValues(sheetOf(recalculated));
        expect(ours.size).toBeGreaterThan(10);
        expect([...theirs.keys()].sort(), name).toEqual([...ours.keys()].sort());
        for (const [reference, { formula, value }] of ours) {
          const calc = theirs.get(reference);
          expect(calc?.formula, `${name} ${reference}`).toBe(formula);
          expect(comparable(calc?.value ?? ''), `${name} ${reference} = ${formula}`).toEqual(
            comparable(value),
          );
        }
      }
      // The edits changed what they should: the total, the grade, the budget leaf's score.
      expect([nanzhouExpected.evaluation.total, nanzhouExpected.evaluation.grade.grade]).toEqual([
        '89.96',
        '良',
      ]);
      const budgetLeaf = projectExpected.evaluation.indicators[0];
      expect([budgetLeaf?.score, projectExpected.evaluation.total]).toEqual(['9.63', '94.73']);
    },
    timeout,
  );

  test(
    'each rounding mode’s formula rounds as jixiao rounds, midpoints included',
    async () => {
      // The cached values are all -1: only Calc's recalculation can give the right ones.
      const cases = roundingModes.flatMap((mode) =>
        roundingCases.map(([value, scale]) => ({ value, scale, mode })),
      );
      const rows = cases.map(({ value, scale, mode }, index) => [
        cellNumber(value),
        cellNumber('-1', undefined, roundFormula(`A${String(index + 1)}`, { scale, mode })),
      ]);
      const bytes = writeWorkbook(
        { sheets: [{ name: 'rounding', rows, merges: [], columnWidths: [] }] },
        { zipSync },
      );
      const saved = await recalculateWithSuite(office, folder, new Map([['rounding.xlsx', bytes]]));
      const recalculated = saved.get('rounding.xlsx');
      if (recalculated === undefined) throw new Error('Calc saved no rounding.xlsx');
      const theirs = sheetOf(recalculated).cells;
      cases.forEach(({ value, scale, mode }, index) => {
        const exact = formatDecimal(roundDecimal(decimal(value), { scale, mode }), scale);
        const calc = theirs.get(`B${String(index + 1)}`)?.value ?? '';
        expect(comparable(calc), `${mode} ${value} to ${String(scale)} places`).toEqual(
          comparable(exact),
        );
      });
    },
    timeout,
  );
});
