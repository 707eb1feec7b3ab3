import type { Language } from '../../issues/Language.js';

/** The texts of `jixiao import`, in each language. */
export const importMessages: Readonly<
  Record<
    Language,
    {
      readonly help: string;
      readonly note: string;
      readonly skippedHeading: string;
    }
  >
> = {
  zh: {
    help: `用法：jixiao import <自评表.txt|.docx|.xlsx|.pdf> [-o 文件] [--lang zh|en]

读取绩效自评表：文本（「|」分隔、Markdown、CSV、每格一行或一段、整表一行、按列顺序、
名称后接「分值 得分」、OCR 文本），或 Word、Excel、PDF 文件中的表格（按文件内容识别格式），
把第一张评分表转为数据文件（内联方案 + inputs），
jixiao score 与 jixiao audit --data 均可读取。指标 id 按在表中的位置编为 c1、c1-2、c1-2-3，
预算执行率为 budget；名称照录；分值取自分值列或名称中的「（50分）」。

规则由年度指标值与实际完成值推断（≥ 正向、= 等于、≤ 反向、达成/部分达成/未达成 定性），
推断的规则能得出表中得分时采用，否则以表中得分作为评价人的判断（manual）；每条规则的
basis 为 assumed，说明以「inferred」开头。表中得分记在各指标的 description（「自评表得分 …」）。
预算执行率总是按 执行数 ÷ 预算数 × 分值（封顶）重算。推定与跳过的内容以注意写到标准错误。

选项：
  -o, --output 文件     写入文件（默认标准输出；「-」为标准输出）
  --lang zh|en          输出语言

退出码：0 已导入；2 输入无法使用或未找到评分表。`,
    note: '注意',
    skippedHeading: '导入时的推定与跳过：',
  },
  en: {
    help: `Usage: jixiao import <TABLE.txt|.docx|.xlsx|.pdf> [-o FILE] [--lang zh|en]

Reads the self-evaluation table (自评表) in a text ("|" cells, Markdown, CSV, one cell per line or
paragraph, one line, column order, a name then its "分值 得分", OCR text) or in a Word, Excel or PDF
file (told by the file's content) and turns its first score
table into a data file (an inline scheme and its inputs) that jixiao score and jixiao audit --data
read. Indicator ids follow the table's tree: c1, c1-2, c1-2-3, and budget for the budget execution
rate; names as written; weights from the 分值 column or a name's "（50分）".

Rules are inferred from the written target and the actual value (≥ ratio, = equal, ≤ reverse, level
words 达成/部分达成/未达成 level bands) and used where they give the table's score; otherwise the
table's score is the evaluator's judgement (manual). Every rule's basis is "assumed" with a
reference starting "inferred". The table's scores are kept in each leaf's description
("自评表得分 …"). The budget execution rate is always recomputed (executed ÷ budget × weight,
capped). What was assumed or skipped is noted on standard error.

Options:
  -o, --output FILE     write to FILE (default standard output; "-" is standard output)
  --lang zh|en          the language of messages

Exit codes: 0 imported; 2 unusable input or no score table found.`,
    note: 'note',
    skippedHeading: 'Assumed or skipped while importing:',
  },
};
