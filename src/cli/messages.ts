import type { Language } from '../issues/Language.js';

/** What the audit's table output says of one score table it read. */
/** What the audit's placement line says: rows placed on the scheme, and what was not. */
interface PlacementLine {
  readonly placed: number;
  readonly withinSlots: number;
  readonly unplaced: readonly string[];
  readonly missing: readonly string[];
}

/** Up to five names, then how many more. */
const someNames = (
  names: readonly string[],
  separator: string,
  more: (count: number) => string,
): string =>
  names.length <= 5
    ? names.join(separator)
    : `${names.slice(0, 5).join(separator)}${separator}${more(names.length - 5)}`;

interface TableLine {
  readonly line?: number | undefined;
  readonly layout: string;
  readonly title?: string | undefined;
  readonly rowsRead: number;
  readonly rowsSeen: number;
  readonly repairs: number;
  readonly guesses: number;
  readonly outcome: string;
  readonly unread?: readonly { readonly reason: string; readonly rows: number }[];
}

/** What `score --help` and `audit --help` say of batches. */
const batchHelpZh = `

批量（多个文件、文件夹或 --ndjson）：
  文件夹按扩展名递归读取（score：.json；audit：.txt .md .markdown .csv .tsv .docx .xlsx .pdf），
  按名称排序，跳过以「.」开头的项
  --ndjson            从标准输入逐行读取文档（每行一个；行名为 -:行号）
  --format ndjson     每份文档一行 JSON，按输入顺序；table|json|markdown|csv 输出汇总：各结果份数、等级分布、
                      总分排名、一级指标分布、失败的文档（及其问题）、不一致或未能核对的报告
  --summary 文件      另把汇总写入文件（按扩展名：.json、.csv、.md、.docx，其他为表格）
  -j, --jobs N        用 N 个线程（本线程和 N-1 个工作线程；默认为可用核心数）；输出与 --jobs 1 逐字节相同
  -q, --quiet         不显示进度条（进度条只在标准错误为终端时显示）
  某份文档出错不会中止批量；退出码取所有文档中最严重的（2 > 1 > 3 > 0）。`;

/** What `score --help` and `audit --help` say of batches. */
const batchHelpEn = `

A batch (several files, a directory, or --ndjson):
  directories are read recursively by extension (score: .json; audit: .txt .md .markdown .csv
  .tsv .docx .xlsx .pdf), in name order, skipping names starting with "."
  --ndjson            read one document per line of standard input (named -:LINE)
  --format ndjson     one JSON line per document, in input order; table|json|markdown|csv write
                      the summary: outcomes, grades, ranking by total, each top-level category's
                      distribution, failed documents (with their issues), reports audited
                      inconsistent or not checkable
  --summary FILE      also write the summary to FILE (by extension: .json, .csv, .md, .docx, else a table)
  -j, --jobs N        run on N threads, this one and N-1 workers (default: the available
                      cores); output identical to --jobs 1
  -q, --quiet         no progress bar (shown only when standard error is a terminal)
  One bad document never stops the batch; the exit code is the worst of all documents'
  (2 > 1 > 3 > 0).`;

/** The CLI's own texts, in both languages. @internal */
export const messages = {
  zh: {
    usage: `用法：jixiao <命令> [选项]

命令：
  score [文件…|文件夹]  为数据文件评分（不给文件时为内置的南洲街道 2023 示例）；多个文件或文件夹为批量评分
  validate <文件>       检查数据文件或方案文件，不评分
  audit <报告…|文件夹>  从自评报告读出声称的得分并逐项核对；多个报告或文件夹为批量核对
  import <自评表>       把评分表转为数据文件
  diff <原文件> <新文件>  比较两次评价（上年与本年）：各指标分值、得分的变化，新增、删除与移动的指标
  test <文件…>          运行用例文件，逐条比对期望值
  verify <方案|预设>    检查方案的设计，并用随机输入检验各条定律（不成立时给出可复现的反例）
  schema [名称]         输出 JSON Schema：scheme、inputs、evaluation、data、cases
  presets               列出内置方案

选项：
  --lang zh|en          输出语言（默认 zh）
  -h, --help            显示帮助；jixiao <命令> --help 显示该命令的帮助
  -v, --version         显示版本

文件为「-」时读取标准输入。只读取普通文件，最大 64 MiB；UTF-8、UTF-16（带字节序标记）或 GB18030 编码。

退出码：0 成功；1 核对发现不一致、用例未通过或方案检查未通过（verify）；2 输入无法使用；3 读出的内容不足以核对（audit）。`,
    audit: `用法：jixiao audit <报告.txt|.docx|.xlsx|.pdf…|文件夹> [--data 文件] [--scheme 方案|方案.json] [--format table|json|ndjson|markdown|csv] [--lang zh|en]

读取绩效自评报告（部门整体或项目支出）：文本（任何常见版式的自评表，PDF 提取或 OCR 的文本
亦可），或 Word (.docx)、Excel (.xlsx)、PDF 文件（按文件内容识别格式）。读出叙述中的总分、等级、
分值、得分、扣分、预算执行与“三公”数字，以及自评表的每一行，逐项核对：各部分之和、得分不超过
分值、预算执行率与得分、预算各部分之和、等级与总分、同一数字前后是否一致；写明年度指标值的行
按全国通用公式重算（推断的规则，不一致仅提示）。
--scheme 为内置方案（如 national-project@2020）或方案文件（.json）：表格各行按名称归位到方案，
分值与方案比对，报告年度不在内置方案适用期内时列为不一致；给出 --data 时再与依据数据重算的
结果比对。都不给时，文本点名了 gz-department-overall@2023 的指标才按该方案核对，否则只做不依赖
方案的核对。输出先列出所用方案、读出的内容和每张表的读取情况。
退出码：0 全部一致；1 发现不一致；2 输入无法使用；3 读出的内容不足以核对（如只有一个总分）。
--format json 在每种退出码下都输出 JSON。
  -o, --output 文件   把结果写入文件${batchHelpZh}`,
    score: `用法：jixiao score [文件…|文件夹|-] [--format table|json|markdown|csv|report|ndjson|xlsx|docx|html] [-o 文件] [--bom|--no-bom] [--ndjson] [--summary 文件] [-j N] [-q] [--lang zh|en]

为数据文件（JSON）评分并输出评分表。文件为「-」时读取标准输入；不给文件时为内置示例：
2023 年南洲街道部门整体支出绩效自评（91.46 分）。

  --format table      终端表格（默认），形如报告的评分表
  --format json       评价结果 JSON（所有数值为字符串）
  --format markdown   Markdown 表格
  --format csv        CSV（RFC 4180）
  --format report     自评报告的评分部分（模板原句式，可直接粘贴）
  --format docx       同上，为 Word 文件：评分表为真正的表格（须用 -o 文件，如 -o 自评报告.docx）
  --format html       单个自包含网页：总分与等级、得分率与失分图表、可展开计算过程的评分表（.html/.htm 文件自动选用）
  --format xlsx       Excel 工作簿（自评表版式，合计、得分率、等级为公式），须用 -o 写入文件
  -o, --output 文件   写入文件而不是标准输出
  --bom, --no-bom     是否在开头写入 UTF-8 字节序标记（默认：CSV 写入文件时写入，便于 Excel 打开）${batchHelpZh}`,
    validate: `用法：jixiao validate <文件> [--lang zh|en]

检查数据文件（含 scheme 与 inputs）或方案文件（含 indicators），列出全部问题。`,
    test: `用法：jixiao test <文件…> [--lang zh|en]

运行用例文件：每个用例为方案与输入评分，并与期望的总分、等级、指标得分或得分率逐一精确比对；
未通过时列出指标、期望值、实际值和计算过程。任一用例未通过时退出码为 1。`,
    schema: `用法：jixiao schema [scheme|inputs|evaluation|data|cases]

输出 JSON Schema（draft 2020-12）。不给名称时输出全部。`,
    presets: `用法：jixiao presets [--lang zh|en]

列出内置方案及其版本、适用年度和来源。`,
    errorHeading: (file: string) => `错误：${file}`,
    valid: (what: string, count: number) => `有效：${what}，共 ${count} 个末级指标`,
    dataFile: '数据文件',
    schemeFile: '方案文件',
    auditHeader: ['行', '指标', '核对', '声称', '复核', '结论'] as const,
    verdicts: { consistent: '一致', inconsistent: '不一致', unscored: '未评分', warning: '请复核' },
    findingsHeading: (count: number) =>
      count === 0 ? '未发现不一致。' : `发现 ${count} 处不一致：`,
    unplacedHeading: '未能归属的文本：',
    skippedHeading: '未能核对的内容：',
    auditTooLittle: '读出的内容不足以核对：没有可与之比对的数字（退出码 3）。',
    auditScheme: (reference: string | undefined, reason: string) =>
      `方案：${reference ?? '无'}（${reason}）`,
    auditRead: (counts: Readonly<Record<string, number>>) =>
      `读出：总分 ${counts['totals'] ?? 0} 处，总分值 ${counts['fullMarks'] ?? 0} 处，等级 ${counts['grades'] ?? 0} 处，预算句 ${counts['budgetSentences'] ?? 0} 处（其中部分 ${counts['budgetParts'] ?? 0} 项），方案指标 ${counts['schemeIndicators'] ?? 0} 个，按名称的指标 ${counts['namedIndicators'] ?? 0} 个，“其中”得分列表 ${counts['scoreBreakdowns'] ?? 0} 个，“三公”句 ${counts['threePublic'] ?? 0} 处，未能归属 ${counts['unplaced'] ?? 0} 处`,
    auditSummary: (checks: number, findings: number) =>
      `共核对 ${checks} 项，不一致 ${findings} 项`,
    auditTables: (count: number) =>
      count === 0
        ? '评分表：未找到（已按 | 分隔、Markdown、CSV、每格一行或一段、整表一行、按列顺序、名称行加分值得分行、OCR 文本查找）'
        : `评分表：${count} 张（表内核对不依赖方案）`,
    auditPlacement: (placement: PlacementLine) =>
      `  按方案归位：${placement.placed} 行归位${placement.withinSlots > 0 ? `，${placement.withinSlots} 行属于方案留给部门自定的指标` : ''}；未归位 ${placement.unplaced.length} 行${placement.unplaced.length === 0 ? '' : `（${someNames(placement.unplaced, '、', (count) => `另 ${count} 行`)}）`}；方案中表内没有的末级指标 ${placement.missing.length} 个${placement.missing.length === 0 ? '' : `（${someNames(placement.missing, '、', (count) => `另 ${count} 个`)}）`}`,
    auditTable: (number: number, table: TableLine) =>
      `  表 ${number}：${table.line === undefined ? '' : `第 ${table.line} 行起，`}版式 ${table.layout}${table.title === undefined ? '' : `，「${table.title}」`}，读出 ${table.rowsRead}/${table.rowsSeen} 行${(table.unread ?? []).length === 0 ? '' : `（未读 ${table.rowsSeen - table.rowsRead} 行：${(table.unread ?? []).map((group) => `${group.reason} ${group.rows} 行`).join('，')}）`}，修补 ${table.repairs} 处，推测 ${table.guesses} 处，${table.outcome}`,
    auditTableNote: (guesses: boolean, unread: boolean) =>
      `  ${[
        ...(guesses ? ['「推测」为读取时所作、表格本身未写明的判断'] : []),
        ...(unread ? ['「未读」的行未计入核对'] : []),
      ].join(
        '；',
      )}：逐条见 --format json 的 coverage.tables[].${guesses && unread ? 'guessed 与 skippedRows' : guesses ? 'guessed' : 'skippedRows'}`,
    tableOutcomes: {
      consistent: '自洽',
      inconsistent: '有不一致',
      unscored: '得分未填，无从判定',
      'too-little': '无可核对内容',
    },
    // Widened for lookup by a check's code, which custom checks may extend.
    // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
    checkNames: {
      children_sum: '下级之和',
      total_sum: '总分',
      score_rate: '得分率',
      score_within_weight: '得分范围',
      weight_matches_scheme: '分值',
      scheme_period: '方案适用期',
      matches_table: '与评分表',
      stated_rule_unread: '计分规则未读出',
      target_score: '按指标值重算',
      execution_rate: '预算完成率',
      budget_score: '支出率得分',
      conflicting_claims: '前后一致',
      parts_sum: '各项之和',
      budget_parts: '预算各部分',
      deduction: '扣分',
      full_marks: '满分',
      three_public_rate: '三公变动率',
      grade: '等级',
      matches_recomputation: '与重算一致',
      weights_sum: '分值之和',
      budget_total_unfilled: '总额未填',
      unscored_row: '得分未填',
      unscored_sheet: '全表未评分',
      repeated_total: '总分两处',
      level_band: '档次得分',
      coefficient_score: '系数得分',
      reason_missing: '偏差原因',
    } as Readonly<Record<string, string>>,
    casePassed: (name: string, checks: number) => `✓ ${name}（${checks} 项）`,
    caseFailed: (name: string) => `✗ ${name}`,
    caseLine: (subject: string, expected: string, actual: string) =>
      `    ${subject}：期望 ${expected}，实际 ${actual}`,
    caseExplanation: (text: string) => `      计算：${text}`,
    caseSummary: (passed: number, total: number) => `${passed}/${total} 个用例通过`,
    department: (name: string, year?: number) =>
      `${name}${year === undefined ? '' : ` ${year} 年度`}`,
    selectedByYear: (reference: string, year: number) => `按评价年度 ${year} 选用 ${reference}`,
    decodedAsGb18030: (name: string) => `注意：${name} 不是 UTF-8 编码，已按 GB18030（GBK）解码`,
  },
  en: {
    usage: `Usage: jixiao <command> [options]

Commands:
  score [FILE…|DIR]     score a data file (with no FILE, the bundled Nanzhou 2023 example); several files or a directory: a batch
  audit <REPORT…|DIR>   read the scores a self-evaluation report claims and check each one; several reports or a directory: a batch
  import <TABLE>        turn a score table into a data file
  diff <BEFORE> <AFTER> compare two evaluations (last year and this): changes per indicator, indicators added, removed and moved
  validate <FILE>       check a data file or a scheme file without scoring it
  test <FILE…>          run case files, comparing each case with its expected values
  verify <FILE|PRESET>  lint a scheme's design and check its laws over generated inputs (a failure comes with a counterexample to score)
  schema [NAME]         print a JSON Schema: scheme, inputs, evaluation, data, cases
  presets               list the shipped schemes

Options:
  --lang zh|en          output language (default zh)
  -h, --help            show help; jixiao <command> --help for a command
  -v, --version         show the version

A FILE "-" reads standard input. Files are read when regular and at most 64 MiB, in UTF-8,
UTF-16 (with its byte-order mark) or GB18030.

Exit codes: 0 success; 1 an audit inconsistency, a failed case or a failed verify; 2 unusable
input; 3 read, but too little to check (audit).`,
    audit: `Usage: jixiao audit <REPORT.txt|.docx|.xlsx|.pdf…|DIR> [--data FILE] [--scheme REF|FILE.json] [--format table|json|ndjson|markdown|csv] [--lang zh|en]

Reads a self-evaluation report (department or project): a text (a score table in any common
layout; text extracted from a PDF or by OCR will do), or a Word (.docx), Excel (.xlsx) or PDF file
(told by the file's content). Recovers the total, grade, weights, scores, deductions, budget and
"three public" figures the narrative claims and every row of the score table, and checks each: sums
of parts, score within weight, the execution rate and its score, budget parts, the grade against the
total, every number stated twice; rows with a written target are recomputed by the national formula
(an inferred rule: a difference is a warning).
--scheme takes a preset (such as national-project@2020) or a scheme file (.json): the table's rows
are placed on the scheme by name and their weights compared with it, and a report year outside a
preset's period is a finding; with --data the claims are also compared with a recomputation from
the data. With neither, the text is checked against gz-department-overall@2023 only when it names
that preset's indicators, and otherwise by the checks that need no scheme. The output first states
the scheme used, what was read and how each table was read.
Exit codes: 0 everything holds; 1 an inconsistency; 2 unusable input; 3 read, but too little to
check (only a total, say). --format json prints JSON on every exit.
  -o, --output FILE   write the result to FILE${batchHelpEn}`,
    score: `Usage: jixiao score [FILE…|DIR|-] [--format table|json|markdown|csv|report|ndjson|xlsx|docx|html] [-o FILE] [--bom|--no-bom] [--ndjson] [--summary FILE] [-j N] [-q] [--lang zh|en]

Scores a data file (JSON) and prints the score sheet; FILE "-" reads standard input. With no FILE
it scores the bundled example: the Nanzhou sub-district 2023 department self-evaluation (91.46 points).

  --format table      terminal table (default), shaped like a report's score sheet
  --format json       the evaluation as JSON (every number a string)
  --format markdown   a Markdown table
  --format csv        CSV (RFC 4180)
  --format report     the scoring part of a self-evaluation report, in the template's sentences
  --format docx       the same as a Word file, the score table a real table (needs -o FILE.docx)
  --format html       one self-contained page: total and grade, charts of rates and lost points,
                      the score sheet with each leaf's arithmetic on demand (chosen for .html/.htm)
  --format xlsx       an Excel workbook (自评表 layout; sums, rates and grade as formulas),
                      to an -o file only
  -o, --output FILE   write to FILE instead of standard output
  --bom, --no-bom     whether to start with a UTF-8 byte-order mark (default: for CSV written
                      to a file, so that Excel opens it)${batchHelpEn}`,
    validate: `Usage: jixiao validate <FILE> [--lang zh|en]

Checks a data file (with scheme and inputs) or a scheme file (with indicators) and lists every problem.`,
    test: `Usage: jixiao test <FILE…> [--lang zh|en]

Runs case files: each case's scheme and inputs are scored and compared exactly with the expected
total, grade, node scores or rates; a failure shows the node, the expected and actual value and the
arithmetic. Exits 1 when any case fails.`,
    schema: `Usage: jixiao schema [scheme|inputs|evaluation|data|cases]

Prints a JSON Schema (draft 2020-12); all of them when no name is given.`,
    presets: `Usage: jixiao presets [--lang zh|en]

Lists the shipped schemes with their versions, years and sources.`,
    errorHeading: (file: string) => `Error: ${file}`,
    valid: (what: string, count: number) => `Valid: ${what} with ${count} leaf indicators`,
    dataFile: 'data file',
    schemeFile: 'scheme file',
    auditHeader: ['Line', 'Indicator', 'Check', 'Claimed', 'Recomputed', 'Verdict'] as const,
    verdicts: {
      consistent: 'ok',
      inconsistent: 'INCONSISTENT',
      unscored: 'unscored',
      warning: 'review',
    },
    findingsHeading: (count: number) =>
      count === 0 ? 'No inconsistencies found.' : `${count} inconsistencies found:`,
    unplacedHeading: 'Text that could not be placed:',
    skippedHeading: 'Not checked:',
    auditTooLittle:
      'Too little to check: nothing the numbers read can be compared with (exit code 3).',
    auditScheme: (reference: string | undefined, reason: string) =>
      `Scheme: ${reference ?? 'none'} (${reason})`,
    auditRead: (counts: Readonly<Record<string, number>>) =>
      `Read: ${counts['totals'] ?? 0} totals, ${counts['fullMarks'] ?? 0} full marks, ${counts['grades'] ?? 0} grades, ${counts['budgetSentences'] ?? 0} budget sentences (${counts['budgetParts'] ?? 0} parts), ${counts['schemeIndicators'] ?? 0} scheme indicators, ${counts['namedIndicators'] ?? 0} indicators by name, ${counts['scoreBreakdowns'] ?? 0} 其中 lists of scores, ${counts['threePublic'] ?? 0} "three public" sentences, ${counts['unplaced'] ?? 0} unplaced`,
    auditSummary: (checks: number, findings: number) =>
      `${checks} checks, ${findings} inconsistent`,
    auditTables: (count: number) =>
      count === 0
        ? 'Score tables: none found (looked for | cells, Markdown, CSV, one cell per line or paragraph, a table on one line, cells in column order, a name line with its 分值 得分 line, OCR text)'
        : `Score tables: ${count} (checked within themselves without a scheme)`,
    auditPlacement: (placement: PlacementLine) =>
      `  placed on the scheme: ${placement.placed} rows${placement.withinSlots > 0 ? `, ${placement.withinSlots} rows inside indicators the scheme leaves to the department` : ''}; not placed: ${placement.unplaced.length}${placement.unplaced.length === 0 ? '' : ` (${someNames(placement.unplaced, ', ', (count) => `${count} more`)})`}; scheme leaves with no row in the tables: ${placement.missing.length}${placement.missing.length === 0 ? '' : ` (${someNames(placement.missing, ', ', (count) => `${count} more`)})`}`,
    auditTable: (number: number, table: TableLine) =>
      `  table ${number}: ${table.line === undefined ? '' : `from line ${table.line}, `}layout ${table.layout}${table.title === undefined ? '' : `, "${table.title}"`}, ${table.rowsRead} of ${table.rowsSeen} rows read${(table.unread ?? []).length === 0 ? '' : ` (${table.rowsSeen - table.rowsRead} not read: ${(table.unread ?? []).map((group) => `${group.reason} ×${group.rows}`).join(', ')})`}, ${table.repairs} repairs, ${table.guesses} guesses, ${table.outcome}`,
    auditTableNote: (guesses: boolean, unread: boolean) =>
      `  ${[
        ...(guesses
          ? ['"guesses" are decisions the reading made that the table does not settle']
          : []),
        ...(unread ? ['rows "not read" are left out of the checks'] : []),
      ].join(
        '; ',
      )}: each is listed by --format json in coverage.tables[].${guesses && unread ? 'guessed and skippedRows' : guesses ? 'guessed' : 'skippedRows'}`,
    tableOutcomes: {
      consistent: 'consistent',
      inconsistent: 'inconsistent',
      unscored: 'scores not filled in, cannot be judged',
      'too-little': 'nothing to check',
    },
    // Widened for lookup by a check's code, which custom checks may extend.
    // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
    checkNames: {
      children_sum: 'children sum',
      total_sum: 'total',
      score_rate: 'score rate',
      score_within_weight: 'within weight',
      weight_matches_scheme: 'weight',
      scheme_period: 'scheme period',
      matches_table: 'matches table',
      stated_rule_unread: 'stated rule unread',
      target_score: 'from target',
      execution_rate: 'execution rate',
      budget_score: 'budget score',
      conflicting_claims: 'restatement',
      parts_sum: 'parts sum',
      budget_parts: 'budget parts',
      deduction: 'deduction',
      full_marks: 'full marks',
      three_public_rate: 'three-public rate',
      grade: 'grade',
      matches_recomputation: 'recomputation',
      weights_sum: 'weights sum',
      budget_total_unfilled: 'total unfilled',
      unscored_row: 'unscored row',
      unscored_sheet: 'unscored sheet',
      repeated_total: 'total restated',
      level_band: 'level band',
      coefficient_score: 'coefficient',
      reason_missing: 'reason missing',
    } as Readonly<Record<string, string>>,
    casePassed: (name: string, checks: number) => `✓ ${name} (${checks} checks)`,
    caseFailed: (name: string) => `✗ ${name}`,
    caseLine: (subject: string, expected: string, actual: string) =>
      `    ${subject}: expected ${expected}, got ${actual}`,
    caseExplanation: (text: string) => `      arithmetic: ${text}`,
    caseSummary: (passed: number, total: number) => `${passed}/${total} cases passed`,
    department: (name: string, year?: number) => `${name}${year === undefined ? '' : `, ${year}`}`,
    selectedByYear: (reference: string, year: number) =>
      `${reference}, the version in force in ${year}`,
    decodedAsGb18030: (name: string) =>
      `Note: ${name} is not UTF-8; it was decoded as GB18030 (GBK)`,
  },
} as const satisfies Record<Language, unknown>;
