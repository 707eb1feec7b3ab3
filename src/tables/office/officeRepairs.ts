import type { CellLocation, Repair } from '../CellGrid.js';
import { maxStoredNumberLength } from './displayNumber.js';

/** Where a location points, for a repair's message. */
function placeOf(location: CellLocation): { readonly zh: string; readonly en: string } {
  switch (location.kind) {
    case 'sheet':
      return {
        zh: `工作表「${location.sheet}」的 ${location.cell}`,
        en: `${location.sheet}!${location.cell}`,
      };
    case 'table':
      return {
        zh: `第 ${location.table} 个表格第 ${location.row} 行第 ${location.column} 列`,
        en: `table ${location.table}, row ${location.row}, column ${location.column}`,
      };
    case 'text':
      return { zh: `第 ${location.line} 行`, en: `line ${location.line}` };
    case 'page':
      return {
        zh: `第 ${location.page} 页第 ${location.line} 行`,
        en: `page ${location.page}, line ${location.line}`,
      };
  }
}

/** The repairs the Office readers make. */
export type OfficeRepairCode =
  | 'formula_not_calculated'
  | 'shared_string_missing'
  | 'hidden_sheet'
  | 'title_joined'
  | 'number_too_long';

const messages: Readonly<
  Record<OfficeRepairCode, (place: { zh: string; en: string }) => { zh: string; en: string }>
> = {
  formula_not_calculated: (place) => ({
    zh: `${place.zh}是公式，但文件中没有保存计算结果（未在 Excel 中重新计算后保存）：读作空单元格`,
    en: `${place.en} holds a formula whose result the file does not store (it was not recalculated and saved in Excel): read as an empty cell`,
  }),
  shared_string_missing: (place) => ({
    zh: `${place.zh}引用的共享字符串不存在（索引超出 sharedStrings.xml 的范围）：读作空单元格`,
    en: `${place.en} refers to a shared string that does not exist (its index is past the end of sharedStrings.xml): read as an empty cell`,
  }),
  hidden_sheet: (place) => ({
    zh: `${place.zh}所在的工作表是隐藏的：在可见的工作表之后读取`,
    en: `The sheet of ${place.en} is hidden: it is read after the visible sheets`,
  }),
  number_too_long: (place) => ({
    zh: `${place.zh}保存的数值超过 ${maxStoredNumberLength} 个字符，不是 Excel 写出的数：不按数字格式显示，按原文读作文字`,
    en: `${place.en} stores a number of more than ${maxStoredNumberLength} characters, which is not one Excel writes: it is not formatted, but read as text, as written`,
  }),
  title_joined: (place) => ({
    zh: `${place.zh}的年度并入上方的表名`,
    en: `The year at ${place.en} was joined to the title above it`,
  }),
};

/**
 * A repair an Office reader made, at a cell.
 *
 * @param code - what was repaired
 * @param location - the cell it touches
 * @returns the repair, frozen
 */
export function officeRepair(code: OfficeRepairCode, location: CellLocation): Repair {
  return Object.freeze({
    code,
    location,
    message: Object.freeze(messages[code](placeOf(location))),
  });
}
