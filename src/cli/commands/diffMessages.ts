import type { Language } from '../../issues/Language.js';

/** The texts of `jixiao diff`, in each language. */
export const diffMessages: Readonly<
  Record<
    Language,
    {
      readonly help: string;
      readonly before: string;
      readonly after: string;
      readonly colon: string;
      readonly department: (name: string, year?: number) => string;
    }
  >
> = {
  zh: {
    help: `用法：jixiao diff <原文件> <新文件> [--format table|json|markdown|csv] [-o 文件] [--bom|--no-bom] [--lang zh|en]

比较同一部门（或项目）的两次评价，例如上年与本年：逐项列出各指标的分值、得分与得分率的变化，
以及新增、删除和移动（改属其他上级指标）的指标，总分与等级的变化。每个文件可以是评价结果
（jixiao score --format json 的输出），也可以是数据文件（按 jixiao score 的方式评分），按文件的字段区分：
含 fullMarks、rawTotal、total、rounding 或 grade 的是评价结果。

指标先按 id 对应；id 只在一边出现的指标，若其名称路径（一级/二级/三级名称，不计空白与全角、半角之差）
在两边剩余的指标中都唯一，即视为同一指标（说明中注明「按名称匹配」）。两次评价可以使用不同的方案
（如预置方案的新版本），标题注明两者。

变化为「新 − 原」的精确值，小数位取两者中较多的一方；表格与 Markdown 中增加写作 +0.50、减少写作 -1.20，
CSV 与 JSON 中不带正号（便于表格软件计算）。得分率变化以百分点计。

选项：
  --format 格式         table（默认）、json、markdown、csv
  -o, --output 文件     写入文件（默认标准输出；「-」为标准输出）
  --bom, --no-bom       输出前加或不加 UTF-8 字节序标记（默认仅 CSV 写入文件时加）
  --lang zh|en          输出语言

退出码：0 已比较（有变化不是错误）；2 输入无法使用。`,
    before: '原',
    after: '新',
    colon: '：',
    department: (name, year) => `${name}${year === undefined ? '' : ` ${year} 年度`}`,
  },
  en: {
    help: `Usage: jixiao diff <BEFORE> <AFTER> [--format table|json|markdown|csv] [-o FILE] [--bom|--no-bom] [--lang zh|en]

Compares two evaluations of one department (or project), such as last year's and this year's:
each indicator's change of 分值, 得分 and 得分率, the indicators added, removed and moved (now under
another parent), and the change of the total and grade. Each file may be an evaluation (what
jixiao score --format json writes) or a data file (scored as jixiao score scores it), told apart by
their keys: a file with fullMarks, rawTotal, total, rounding or grade is an evaluation.

Indicators are matched by id first; an indicator whose id is in one file only is the same
indicator as one whose name path (its 一级/二级/三级 names, ignoring white space and full-width
versus half-width forms) it shares, when that name path is unique among the indicators left on
each side (the note says "matched by name"). The two may use different schemes (a preset's new
version, say): the title names both.

Changes are exact, after − before, with the places of the more precise of the two; the table and
Markdown write a gain as +0.50 and a loss as -1.20, CSV and JSON without a plus sign (so that
spreadsheets compute with them). The change of 得分率 is in percentage points.

Options:
  --format FORMAT       table (default), json, markdown, csv
  -o, --output FILE     write to FILE (default standard output; "-" is standard output)
  --bom, --no-bom       start the output with a UTF-8 byte-order mark, or not (default: only for
                        CSV written to a file)
  --lang zh|en          the language of the output and messages

Exit codes: 0 compared (a difference is no error); 2 unusable input.`,
    before: 'Before',
    after: 'After',
    colon: ': ',
    department: (name, year) => `${name}${year === undefined ? '' : `, ${year}`}`,
  },
};
