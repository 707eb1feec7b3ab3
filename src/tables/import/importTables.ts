import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { CellGrid } from '../CellGrid.js';
import { gridIssues } from '../checkGrids.js';
import { runOnLayoutReaders } from '../runOn/index.js';
import { readScoreTable } from '../scoreTable/index.js';
import { readTextTables, textLayoutReaders } from '../text/index.js';
import { tableToDataFile, type ImportedTable } from './tableToDataFile.js';

/** A text's first score table as a data file, with the notes of every table read. */
export interface ImportedText extends ImportedTable {
  /** How many tables the text holds; only the first with indicators or a budget is imported. */
  readonly tables: number;
}

/**
 * Reads the tables of a text in any layout the readers know (`|` cells, Markdown, CSV, one cell
 * per line or paragraph, one line, column order, name-then-pair, OCR) and imports the first score
 * table into a data file (`tableToDataFile`). Further tables are listed in the notes
 * (`import_table_skipped`): a data file holds one scheme.
 *
 * @param text - the text of a 自评表
 * @returns the data file and notes, or an `import_no_table` issue saying what was looked for, or
 *   the issues that make the table unusable
 *
 * @example
 * importTables('| 一级指标 | 分值 | 得分 |\n|---|---|---|\n| 产出 | 10 | 9 |').ok; // → true
 */
export function importTables(text: string): Result<ImportedText> {
  const given: unknown = text;
  return importGrids(
    typeof given === 'string'
      ? readTextTables(given, [...textLayoutReaders, ...runOnLayoutReaders])
      : [],
  );
}

/**
 * Imports the first score table among grids already read (from a text, or from a Word, Excel or
 * PDF file by `readDocument`) into a data file, as {@link importTables} does.
 *
 * @param grids - the tables, in reading order
 * @returns the data file and notes, or the issues
 *
 * @example
 * const read = await readDocument(readFileSync('自评表.xlsx'));
 * if (read.ok) importGrids(read.value.grids); // → ok: the data file, as importTables gives
 * importGrids([]).ok; // → false (import_no_table)
 */
export function importGrids(grids: readonly CellGrid[]): Result<ImportedText> {
  const misshapen = gridIssues(grids, 'grids');
  if (misshapen !== undefined) return failure(misshapen);
  const tables = grids
    .map((grid) => readScoreTable(grid))
    .filter((table) => table.indicators !== undefined || table.budget !== undefined);
  const [first, ...others] = tables;
  if (first === undefined)
    return failure([
      createIssue('import_no_table', [], {
        zh: '未找到评分表：查找的是带「一级指标／二级指标／三级指标」「分值」「得分」表头的指标行，或「年初预算数／全年预算数／全年执行数／执行率」的预算执行情况，表格可为「|」分隔、Markdown、CSV、每格一行或一段、整表一行、按列顺序、名称后接「分值 得分」或 OCR 文本',
        en: 'No score table found: looked for indicator rows under 一级指标/二级指标/三级指标, 分值 and 得分 headers, or a budget block with 年初预算数/全年预算数/全年执行数/执行率, in "|" cells, Markdown, CSV, one cell per line or paragraph, one line, column order, a name then its "分值 得分", or OCR text',
      }),
    ]);
  const imported = tableToDataFile(first);
  if (!imported.ok) return imported;
  const skipped: Issue[] = others.map((table, index) =>
    createIssue('import_table_skipped', [], {
      zh: `第 ${String(index + 2)} 张表（${table.title?.text.trim() ?? '无标题'}）未导入：一个数据文件只含一个方案，请单独导入`,
      en: `Table ${String(index + 2)} (${table.title?.text.trim() ?? 'untitled'}) is not imported: a data file holds one scheme; import it on its own`,
    }),
  );
  return success({
    data: imported.value.data,
    notes: [...imported.value.notes, ...skipped],
    tables: tables.length,
  });
}
